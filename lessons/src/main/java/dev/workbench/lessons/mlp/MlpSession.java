package dev.workbench.lessons.mlp;

import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.ImageBatchIterator;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LearningRateControl;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.PlainFit;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.insight.ClassifierInsights;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** A perceptron being trained on a slice of the shipped Fashion-MNIST subset. */
public final class MlpSession implements LessonSession, LearningRateControl, PlainFit {
    private final MlpLesson lesson;
    private final Settings settings;
    private final MlpSettings mlp;
    private final FashionMnist.Splits data;
    private final ImageBatchIterator batches;
    private final MultiLayerNetwork net;
    private final ClassifierInsights insights;

    MlpSession(MlpLesson lesson, Settings settings, FashionMnist.Splits data) {
        this.lesson = lesson;
        this.settings = settings;
        this.mlp = MlpSettings.from(settings);
        this.data = data;
        this.batches = new ImageBatchIterator(data.train(), Math.min(mlp.batchSize(), data.train().size()), true,
                settings.seed());
        this.net = MlpNetworks.perceptron(mlp, batches.batchesPerEpoch());
        this.insights = new ClassifierInsights(net);
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public int epochs() {
        return mlp.epochs();
    }

    @Override
    public int iterationsPerEpoch() {
        return batches.batchesPerEpoch();
    }

    @Override
    public int samplesPerIteration() {
        return batches.batch();
    }

    @Override
    public void startEpoch(int epoch) {
        batches.reset();
    }

    @Override
    public double trainIteration() {
        if (!batches.hasNext()) {
            batches.reset();
        }
        net.fit(batches.next());
        return net.score();
    }

    @Override
    public EpochEvaluation evaluate() {
        ClassifierInsights.Score train = insights.score(data.train());
        ClassifierInsights.Score validation = insights.score(data.validation());
        return EpochEvaluation.classifier(train.accuracy(), validation.loss(), validation.accuracy());
    }

    @Override
    public String divergenceHint() {
        return mlp.optimizer().describe();
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        Checkpoints.save(net, settings, lesson, file);
    }

    @Override
    public java.util.List<dev.workbench.lessons.engine.Measurement> testMeasurements() {
        return java.util.List.of(new dev.workbench.lessons.engine.Measurement("Test accuracy", insights.score(data.test()).accuracy(), "%"));
    }

    @Override
    public void setLearningRate(double learningRate) {
        net.setLearningRate(learningRate);
    }

    @Override
    public void fitEpochWithoutEngine() {
        batches.reset();
        net.fit(batches);
    }
}
