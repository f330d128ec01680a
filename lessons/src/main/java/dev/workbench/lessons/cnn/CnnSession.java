package dev.workbench.lessons.cnn;

import dev.workbench.lessons.augment.AugmentationPipeline;
import dev.workbench.lessons.augment.AugmentingDataSetIterator;
import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.ImageBatchIterator;
import dev.workbench.lessons.data.LabeledImages;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LearningRateControl;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.PlainFit;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.insight.ClassifierInsights;
import dev.workbench.lessons.insight.ConfusionMatrix;
import dev.workbench.lessons.insight.ImageSample;
import dev.workbench.lessons.insight.LayerSummary;
import dev.workbench.lessons.insight.Prediction;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** A LeNet being trained on Fashion-MNIST, plus everything the CNN page shows about it. */
public final class CnnSession implements LessonSession, PlainFit, LearningRateControl {
    /** Train accuracy is measured on this many fixed training images, not all of them, to keep epochs quick. */
    static final int TRAIN_ACCURACY_SAMPLE = 2000;

    private final CnnLesson lesson;
    private final Settings settings;
    private final CnnSettings cnn;
    private final MultiLayerNetwork net;
    private final FashionMnist.Splits data;
    private final DataSetIterator batches;
    private final int iterationsPerEpoch;
    private final LabeledImages trainSample;
    private final ClassifierInsights insights;

    /**
     * @param network builds (or supplies) the network, given the iterations per epoch
     */
    CnnSession(CnnLesson lesson, Settings settings, java.util.function.IntFunction<MultiLayerNetwork> network,
               FashionMnist.Splits data) {
        this.lesson = lesson;
        this.settings = settings;
        this.cnn = CnnSettings.from(settings);
        this.data = data;
        ImageBatchIterator plain = new ImageBatchIterator(data.train(), cnn.batchSize(), true, settings.seed());
        this.iterationsPerEpoch = plain.batchesPerEpoch();
        AugmentationPipeline pipeline = cnn.augmentationPipeline();
        this.batches = pipeline.isIdentity() ? plain : new AugmentingDataSetIterator(plain, pipeline, settings.seed());
        this.net = network.apply(iterationsPerEpoch);
        this.trainSample = data.train().select(sampleIndices(data.train().size(), settings.seed()));
        this.insights = new ClassifierInsights(net);
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public int epochs() {
        return cnn.epochs();
    }

    @Override
    public int iterationsPerEpoch() {
        return iterationsPerEpoch;
    }

    @Override
    public int samplesPerIteration() {
        return Math.min(cnn.batchSize(), data.train().size());
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
        DataSet batch = batches.next();
        net.fit(batch);
        return net.score();
    }

    @Override
    public void setLearningRate(double learningRate) {
        net.setLearningRate(learningRate);
    }

    @Override
    public void close() {
        if (batches instanceof AugmentingDataSetIterator augmenting) {
            augmenting.close();
        }
    }

    @Override
    public void fitEpochWithoutEngine() {
        batches.reset();
        net.fit(batches);
    }

    @Override
    public EpochEvaluation evaluate() {
        ClassifierInsights.Score train = insights.score(trainSample);
        ClassifierInsights.Score validation = insights.score(data.validation());
        return EpochEvaluation.classifier(train.accuracy(), validation.loss(), validation.accuracy());
    }

    @Override
    public String divergenceHint() {
        return cnn.optimizer().describe();
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        Checkpoints.save(net, settings, lesson, file);
    }

    @Override
    public java.util.List<dev.workbench.lessons.engine.Measurement> testMeasurements() {
        return java.util.List.of(new dev.workbench.lessons.engine.Measurement("Test accuracy", testScore().accuracy(), "%"));
    }

    public MultiLayerNetwork network() {
        return net;
    }

    public FashionMnist.Splits data() {
        return data;
    }

    public ClassifierInsights.Score testScore() {
        return insights.score(data.test());
    }

    /** Predictions for {@code count} test images spread over the test set, starting at {@code offset}. */
    public List<Prediction> testPredictions(int offset, int count) {
        int n = data.test().size();
        int[] indices = new int[Math.min(count, n)];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = (offset + i * 37) % n;
        }
        return insights.predictions(data.test(), indices);
    }

    public List<Prediction> testPredictions(int[] indices) {
        return insights.predictions(data.test(), indices);
    }

    public ConfusionMatrix confusionMatrix() {
        return insights.confusionMatrix(data.test());
    }

    public List<LayerSummary> modelSummary() {
        return insights.modelSummary(data.test());
    }

    public List<ImageSample> firstLayerFilters() {
        return insights.firstLayerFilters();
    }

    public List<ImageSample> featureMaps(int testIndex) {
        return insights.featureMaps(data.test(), testIndex);
    }

    public ImageSample testImage(int index) {
        return new ImageSample(data.test().cols(), data.test().rows(), data.test().image(index),
                data.test().classNames().get(data.test().label(index)));
    }

    private static int[] sampleIndices(int size, long seed) {
        int count = Math.min(TRAIN_ACCURACY_SAMPLE, size);
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(size - i);
            int tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        return java.util.Arrays.copyOf(all, count);
    }
}
