package dev.workbench.lessons.cnn;

import dev.workbench.lessons.augment.AugmentationPipeline;
import dev.workbench.lessons.augment.AugmentingDataSetIterator;
import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.ImageBatchIterator;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LearningRateControl;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.engine.PlainFit;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.insight.ClassifierInsights;
import dev.workbench.lessons.insight.ConfusionMatrix;
import dev.workbench.lessons.insight.ImageSample;
import dev.workbench.lessons.insight.LayerSummary;
import dev.workbench.lessons.insight.Prediction;
import dev.workbench.lessons.kit.ClassifierCore;
import dev.workbench.lessons.kit.Dl4jModel;
import dev.workbench.lessons.kit.FastPooling;
import dev.workbench.lessons.kit.FirstConvolution;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** A LeNet being trained on Fashion-MNIST, plus everything the CNN page shows about it. */
public final class CnnSession implements LessonSession, PlainFit, LearningRateControl {
    /** Train accuracy is measured on this many fixed training images, not all of them, to keep epochs quick. */
    static final int TRAIN_ACCURACY_SAMPLE = ClassifierCore.DEFAULT_TRAIN_ACCURACY_SAMPLE;

    private final CnnSettings cnn;
    private final MultiLayerNetwork net;
    private final ClassifierCore core;

    /**
     * @param network builds (or supplies) the network, given the iterations per epoch
     */
    CnnSession(CnnLesson lesson, Settings settings, IntFunction<MultiLayerNetwork> network, FashionMnist.Splits data) {
        this.cnn = CnnSettings.from(settings);
        ImageBatchIterator plain = new ImageBatchIterator(data.train(), cnn.batchSize(), true, settings.seed());
        AugmentationPipeline pipeline = cnn.augmentationPipeline();
        DataSetIterator batches = pipeline.isIdentity() ? plain : new AugmentingDataSetIterator(plain, pipeline, settings.seed());
        this.net = network.apply(plain.batchesPerEpoch());
        FastPooling.install(net);
        FirstConvolution.install(net); // nothing in this lesson reads the gradient for the input images
        this.core = new ClassifierCore(lesson, settings, Dl4jModel.of(net),
                new ClassifierCore.Batches(batches, plain.batchesPerEpoch(), Math.min(cnn.batchSize(), data.train().size())),
                data, ClassifierCore.sample(data.train(), TRAIN_ACCURACY_SAMPLE, settings.seed()));
    }

    @Override
    public Settings settings() {
        return core.settings();
    }

    @Override
    public int epochs() {
        return cnn.epochs();
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
    public void close() {
        core.close();
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
    public EpochEvaluation evaluate() {
        return core.evaluate();
    }

    @Override
    public String divergenceHint() {
        return cnn.optimizer().describe();
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        core.saveCheckpoint(file);
    }

    @Override
    public List<Measurement> testMeasurements() {
        return core.testMeasurements();
    }

    public MultiLayerNetwork network() {
        return net;
    }

    public FashionMnist.Splits data() {
        return core.data();
    }

    public ClassifierInsights.Score testScore() {
        return core.testScore();
    }

    /** Predictions for {@code count} test images spread over the test set, starting at {@code offset}. */
    public List<Prediction> testPredictions(int offset, int count) {
        return core.testPredictions(offset, count);
    }

    public List<Prediction> testPredictions(int[] indices) {
        return core.testPredictions(indices);
    }

    public ConfusionMatrix confusionMatrix() {
        return core.confusionMatrix();
    }

    public List<LayerSummary> modelSummary() {
        return core.modelSummary();
    }

    public List<ImageSample> firstLayerFilters() {
        return core.firstLayerFilters();
    }

    public List<ImageSample> featureMaps(int testIndex) {
        return core.featureMaps(testIndex);
    }

    public ImageSample testImage(int index) {
        return core.testImage(index);
    }
}
