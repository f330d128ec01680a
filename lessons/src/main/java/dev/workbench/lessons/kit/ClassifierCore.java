package dev.workbench.lessons.kit;

import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.LabeledImages;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.insight.ClassifierInsights;
import dev.workbench.lessons.insight.ConfusionMatrix;
import dev.workbench.lessons.insight.ImageSample;
import dev.workbench.lessons.insight.LayerSummary;
import dev.workbench.lessons.insight.Prediction;
import dev.workbench.lessons.optim.TrainingOptimizer;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * What every image-classifier session does the same way, whatever its network: step through the
 * mini-batches, measure loss and accuracy, look inside, checkpoint, change the learning rate,
 * train a plain epoch for the benchmark, snapshot the parameters. A lesson's session holds one
 * and delegates to it, adding only what is its own (its network, its data pipeline, its hint).
 * Used on the training thread only.
 */
public final class ClassifierCore implements AutoCloseable {
    /** Train accuracy is measured on at most this many fixed training images, to keep epochs quick. */
    public static final int DEFAULT_TRAIN_ACCURACY_SAMPLE = 2000;

    private final Lesson lesson;
    private Settings settings;
    private final Dl4jModel model;
    private final Batches batches;
    private final FashionMnist.Splits data;
    private final LabeledImages trainAccuracyImages;
    private final ClassifierInsights insights;

    /**
     * The training mini-batches.
     *
     * @param iterationsPerEpoch  updates per epoch
     * @param samplesPerIteration images per update
     */
    public record Batches(DataSetIterator iterator, int iterationsPerEpoch, int samplesPerIteration) {
        public Batches {
            Objects.requireNonNull(iterator, "iterator");
        }
    }

    /**
     * @param trainAccuracyImages the training images "train accuracy" is measured on (all, or a fixed sample)
     */
    public ClassifierCore(Lesson lesson, Settings settings, Dl4jModel model, Batches batches, FashionMnist.Splits data,
                          LabeledImages trainAccuracyImages) {
        OwnGradientUpdates.install(model.model());
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = Objects.requireNonNull(model, "model");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.data = Objects.requireNonNull(data, "data");
        this.trainAccuracyImages = Objects.requireNonNull(trainAccuracyImages, "trainAccuracyImages");
        this.insights = new ClassifierInsights(model);
    }

    /** {@code count} training images chosen at random but reproducibly from {@code seed}: the train-accuracy sample. */
    public static LabeledImages sample(LabeledImages images, int count, long seed) {
        int size = images.size();
        int n = Math.min(count, size);
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            int tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        return images.select(Arrays.copyOf(all, n));
    }

    public Dl4jModel model() {
        return model;
    }

    public Settings settings() {
        return settings;
    }

    public FashionMnist.Splits data() {
        return data;
    }

    public ClassifierInsights insights() {
        return insights;
    }

    public int iterationsPerEpoch() {
        return batches.iterationsPerEpoch();
    }

    public int samplesPerIteration() {
        return batches.samplesPerIteration();
    }

    public void startEpoch() {
        batches.iterator().reset();
    }

    /** One update on the next mini-batch (starting over when the epoch's batches ran out); its loss. */
    public double trainIteration() {
        DataSetIterator iterator = batches.iterator();
        if (!iterator.hasNext()) {
            iterator.reset();
        }
        model.fit(iterator.next());
        return model.score();
    }

    /** Train accuracy on the sample, validation loss and accuracy. */
    public EpochEvaluation evaluate() {
        ClassifierInsights.Score train = insights.score(trainAccuracyImages);
        ClassifierInsights.Score validation = insights.score(data.validation());
        return EpochEvaluation.classifier(train.accuracy(), validation.loss(), validation.accuracy());
    }

    public ClassifierInsights.Score testScore() {
        return insights.score(data.test());
    }

    public List<Measurement> testMeasurements() {
        return List.of(new Measurement("Test accuracy", testScore().accuracy(), "%"));
    }

    public void saveCheckpoint(Path file) throws IOException {
        Checkpoints.save(model.model(), settings, lesson, file);
    }

    public void setLearningRate(double learningRate) {
        model.setLearningRate(learningRate);
    }

    /**
     * A live change of settings ({@link TrainingOptimizer#liveParameters}): a new learning rate
     * goes to the updater, which keeps its state (momentum, Adam's averages); the settings are
     * remembered for checkpoints.
     */
    public void applyLiveSettings(Settings next) {
        double rate = next.decimal(TrainingOptimizer.LEARNING_RATE);
        if (rate != settings.decimal(TrainingOptimizer.LEARNING_RATE)) {
            model.setLearningRate(rate);
        }
        settings = next;
    }

    /** One epoch the plain DL4J way, for the engine-overhead benchmark. */
    public void fitEpochWithoutEngine() {
        batches.iterator().reset();
        model.fitEpoch(batches.iterator());
    }

    public Optional<ParameterSnapshot> snapshot() {
        return Optional.of(model.snapshot());
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
        LabeledImages test = data.test();
        return new ImageSample(test.cols(), test.rows(), test.image(index), test.classNames().get(test.label(index)));
    }

    /** Closes the batch iterator if it holds resources (an augmenting iterator's worker threads). */
    @Override
    public void close() {
        if (batches.iterator() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close the training batches", e);
            }
        }
    }
}
