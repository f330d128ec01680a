package dev.workbench.lessons.mlp;

import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.ImageBatchIterator;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LearningRateControl;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.engine.PlainFit;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.kit.ClassifierCore;
import dev.workbench.lessons.kit.Dl4jModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A perceptron being trained on a slice of the shipped Fashion-MNIST subset. */
public final class MlpSession implements LessonSession, LearningRateControl, PlainFit {
    private final MlpSettings mlp;
    private final ClassifierCore core;

    MlpSession(MlpLesson lesson, Settings settings, FashionMnist.Splits data) {
        this(lesson, settings, data, null);
    }

    /** @param trained a network loaded from a checkpoint, or null for a new one */
    MlpSession(MlpLesson lesson, Settings settings, FashionMnist.Splits data,
               org.deeplearning4j.nn.multilayer.MultiLayerNetwork trained) {
        this.mlp = MlpSettings.from(settings);
        ImageBatchIterator batches = new ImageBatchIterator(data.train(), Math.min(mlp.batchSize(), data.train().size()),
                true, settings.seed());
        org.deeplearning4j.nn.multilayer.MultiLayerNetwork net = trained != null ? trained
                : MlpNetworks.perceptron(mlp, batches.batchesPerEpoch());
        // Train accuracy on every training image: the MLP lessons train on a few thousand at most.
        this.core = new ClassifierCore(lesson, settings, Dl4jModel.of(net),
                new ClassifierCore.Batches(batches, batches.batchesPerEpoch(), batches.batch()), data, data.train());
    }

    @Override
    public Settings settings() {
        return core.settings();
    }

    @Override
    public int epochs() {
        return mlp.epochs();
    }

    @Override
    public int iterationsPerEpoch() {
        return core.iterationsPerEpoch();
    }

    @Override
    public int samplesPerIteration() {
        return core.samplesPerIteration();
    }

    @Override
    public void startEpoch(int epoch) {
        core.startEpoch();
    }

    @Override
    public double trainIteration() {
        return core.trainIteration();
    }

    @Override
    public EpochEvaluation evaluate() {
        return core.evaluate();
    }

    @Override
    public String divergenceHint() {
        return mlp.optimizer().describe();
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        core.saveCheckpoint(file);
    }

    @Override
    public List<Measurement> testMeasurements() {
        return core.testMeasurements();
    }

    @Override
    public void setLearningRate(double learningRate) {
        core.setLearningRate(learningRate);
    }

    @Override
    public void applyLiveSettings(Settings next) {
        core.applyLiveSettings(next);
    }

    /** The learning rate the network's updater uses now, read back from the network. */
    public double currentLearningRate() {
        return core.model().learningRate();
    }

    @Override
    public void fitEpochWithoutEngine() {
        core.fitEpochWithoutEngine();
    }

    @Override
    public Optional<ParameterSnapshot> snapshot() {
        return core.snapshot();
    }

    @Override
    public void close() {
        core.close();
    }
}
