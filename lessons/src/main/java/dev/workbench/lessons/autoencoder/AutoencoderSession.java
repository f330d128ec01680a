package dev.workbench.lessons.autoencoder;

import dev.workbench.lessons.kit.OwnGradientUpdates;
import dev.workbench.lessons.augment.noise.NoiseCorruption;
import dev.workbench.lessons.augment.noise.NoiseCorruptionText;
import dev.workbench.lessons.augment.noise.NoisyInputIterator;
import dev.workbench.lessons.data.ImageBatchIterator;
import dev.workbench.lessons.data.LabeledExamples;
import dev.workbench.lessons.data.LabeledImages;
import dev.workbench.lessons.data.LabeledTable;
import dev.workbench.lessons.data.TableBatchIterator;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LearningRateControl;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.engine.PlainFit;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.StepResult;
import dev.workbench.lessons.insight.ImageSample;
import dev.workbench.lessons.kit.DenseForwardCache;
import dev.workbench.lessons.kit.FastDense;
import dev.workbench.lessons.kit.FastPooling;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * An autoencoder being trained on Fashion-MNIST, and everything the lesson shows about it: errors
 * against the PCA baseline, reconstructions, the latent map, a decoded grid, denoising and anomaly
 * scores. On the breast cancer table the same session trains a dense autoencoder on benign rows;
 * what only makes sense for pictures (the decoded grid, denoising, thumbnails) is then left out,
 * and reconstructions are drawn one grey square per column. Every method runs on the training
 * thread; what leaves it is plain arrays and records.
 */
public final class AutoencoderSession implements LessonSession, PlainFit, LearningRateControl {
    /** Training error is measured on this many fixed training images. */
    static final int TRAIN_SAMPLE = 1000;
    /** PCA is fitted on this many training images: plenty for 784 dimensions, and fast. */
    static final int PCA_SAMPLE = 2000;
    /** Test images placed on the latent map (point i is test image i). */
    static final int LATENT_POINTS = 1000;
    /** Decoded grid: this many images along each axis of the latent plane. */
    static final int GRID_SIDE = 10;
    /** Reconstruction probe: one test image from each of these classes. */
    static final int[] SHOWN_CLASSES = {0, 1, 2, 3, 5, 7, 8, 9};
    /** Reconstruction probe on a table: this many test rows of each class. */
    static final int SHOWN_ROWS_PER_CLASS = 2;
    /** The share of normal test images the reported detector flags (its false-alarm rate). */
    static final double FALSE_ALARMS = 0.05;
    /** Fixed bin edges (error per pixel, log spaced) of the anomaly histogram, so its bars keep their names. */
    static final double[] HISTOGRAM_EDGES = {0, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.06, 0.08, 0.12, 1};
    /** The same for table rows, whose error is in squared standard deviations per column. */
    static final double[] TABLE_HISTOGRAM_EDGES = {0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10};
    /** Table rows are drawn as this many columns of squares (the 10 measurements) by 3 rows (mean, spread, worst). */
    static final int TABLE_PICTURE_WIDTH = 10;
    /** A standardised value of +-this many standard deviations is drawn white or black. */
    static final double TABLE_GREY_RANGE = 3;

    private final AutoencoderLesson lesson;
    private Settings settings;
    private AutoencoderSettings autoencoder;
    private final AutoencoderData data;
    private final DataSetIterator batches;
    private final int iterationsPerEpoch;
    private final Autoencoder model;
    private final INDArray trainSample;
    private final INDArray validation;
    private final INDArray noisyValidation;
    private final INDArray validationAnomalies;
    private final INDArray testNormal;
    private final INDArray noisyTestNormal;
    private final INDArray testAnomalies;
    private final INDArray latentImages;
    private final int[] latentLabels;
    private final int[] shownIndices;
    private final Pca pca;
    private final double pcaValidationError;
    private final double pcaTestError;

    AutoencoderSession(AutoencoderLesson lesson, Settings settings, AutoencoderSettings autoencoder, AutoencoderData data,
                       IntFunction<MultiLayerNetwork> network) {
        this.lesson = lesson;
        this.settings = settings;
        this.autoencoder = autoencoder;
        this.data = data;
        int features = data.featureCount();
        DataSetIterator examples;
        if (data.train() instanceof LabeledImages trainImages) {
            ImageBatchIterator images = new ImageBatchIterator(trainImages, autoencoder.batchSize(), true, settings.seed());
            this.iterationsPerEpoch = images.batchesPerEpoch();
            examples = images;
        } else {
            TableBatchIterator rows = new TableBatchIterator((LabeledTable) data.train(), autoencoder.batchSize(), true,
                    settings.seed());
            this.iterationsPerEpoch = rows.batchesPerEpoch();
            examples = rows;
        }
        examples.setPreProcessor(batch -> {
            INDArray flat = batch.getFeatures().reshape(batch.getFeatures().size(0), features);
            batch.setFeatures(flat);
            batch.setLabels(flat.dup());
        });
        this.batches = autoencoder.denoising() ? new NoisyInputIterator(examples, autoencoder.noise(), settings.seed()) : examples;
        this.model = new Autoencoder(network.apply(iterationsPerEpoch), autoencoder.kind());
        FastPooling.install(model.network());
        DenseForwardCache.installForTrainingOnly(model.network()); // nothing in this lesson reads the gradient for the input images
        FastDense.install(model.network()); // the layers the cache left alone: small ones
        OwnGradientUpdates.install(model.network());
        long seed = settings.seed();
        this.trainSample = AutoencoderData.rows(data.train(), TRAIN_SAMPLE);
        this.validation = AutoencoderData.rows(data.validation());
        // Noise is a pixel idea here: a table run measures no error on noisy inputs.
        this.noisyValidation = data.images() ? AutoencoderData.corrupt(validation, autoencoder.testNoise(), seed + 1) : null;
        this.validationAnomalies = AutoencoderData.rows(data.validationAnomalies());
        this.testNormal = AutoencoderData.rows(data.testNormal());
        this.noisyTestNormal = data.images() ? AutoencoderData.corrupt(testNormal, autoencoder.testNoise(), seed + 2) : null;
        this.testAnomalies = AutoencoderData.rows(data.testAnomalies());
        this.latentImages = AutoencoderData.rows(data.test(), LATENT_POINTS);
        this.latentLabels = new int[Math.toIntExact(latentImages.size(0))];
        for (int i = 0; i < latentLabels.length; i++) {
            latentLabels[i] = data.test().label(i);
        }
        this.shownIndices = data.images() ? Arrays.stream(SHOWN_CLASSES).map(this::firstTestImageOf).toArray()
                : shownRows(data.test());
        this.pca = Pca.fit(AutoencoderData.rows(data.train(), PCA_SAMPLE), autoencoder.bottleneck());
        this.pcaValidationError = mean(Autoencoder.errorsPerImage(pca.reconstruct(validation), validation));
        this.pcaTestError = mean(Autoencoder.errorsPerImage(pca.reconstruct(testNormal), testNormal));
    }

    /** The first {@link #SHOWN_ROWS_PER_CLASS} test rows of each class, class by class. */
    private static int[] shownRows(LabeledExamples test) {
        List<Integer> shown = new ArrayList<>();
        for (int label = test.classNames().size() - 1; label >= 0; label--) {
            int found = 0;
            for (int i = 0; i < test.size() && found < SHOWN_ROWS_PER_CLASS; i++) {
                if (test.label(i) == label) {
                    shown.add(i);
                    found++;
                }
            }
        }
        return shown.stream().mapToInt(Integer::intValue).toArray();
    }

    private int firstTestImageOf(int label) {
        LabeledExamples test = data.test();
        for (int i = 0; i < test.size(); i++) {
            if (test.label(i) == label) {
                return i;
            }
        }
        return 0;
    }

    // ---- LessonSession ----

    @Override
    public Settings settings() {
        return settings;
    }

    public AutoencoderSettings autoencoderSettings() {
        return autoencoder;
    }

    @Override
    public int epochs() {
        return autoencoder.epochs();
    }

    @Override
    public int iterationsPerEpoch() {
        return iterationsPerEpoch;
    }

    @Override
    public int samplesPerIteration() {
        return Math.min(autoencoder.batchSize(), data.train().size());
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
        return model.fit(batch);
    }

    @Override
    public StepResult trainStep() {
        return StepResult.of(trainIteration());
    }

    @Override
    public EpochEvaluation evaluate() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(AutoencoderLesson.TRAIN_ERROR, error(trainSample, trainSample));
        INDArray reconstructions = model.reconstruct(validation);
        double[] validationErrors = Autoencoder.errorsPerImage(reconstructions, validation);
        values.put(AutoencoderLesson.RECONSTRUCTION_ERROR, mean(validationErrors));
        // Not a declared metric: how much the outputs differ between images, for the divergence rule.
        values.put(ReconstructionDivergence.OUTPUT_SPREAD, reconstructions.std(0).meanNumber().doubleValue());
        values.put(AutoencoderLesson.PCA_ERROR, pcaValidationError);
        if (data.images()) {
            values.put(AutoencoderLesson.NOISY_ERROR, error(noisyValidation, validation));
        }
        if (autoencoder.anomalyMode()) {
            double[] anomalous = Autoencoder.errorsPerImage(model.reconstruct(validationAnomalies), validationAnomalies);
            values.put(AutoencoderLesson.AUC, new AnomalyScores(validationErrors, anomalous).auc());
        }
        return EpochEvaluation.of(values);
    }

    @Override
    public Optional<ParameterSnapshot> snapshot() {
        MultiLayerNetwork net = model.network();
        INDArray copy = net.params().dup();
        return Optional.of(() -> net.setParams(copy));
    }

    @Override
    public Optional<ProbeRecord> probe(String probeId) {
        return switch (probeId) {
            case AutoencoderLesson.RECONSTRUCTIONS -> data.images() ? Optional.of(reconstructions()) : Optional.empty();
            case AutoencoderLesson.FEATURE_RECONSTRUCTIONS -> data.images() ? Optional.empty()
                    : Optional.of(featureReconstructions());
            case AutoencoderLesson.LATENT -> Optional.of(latentMap());
            case AutoencoderLesson.DECODED_GRID -> decodedGrid();
            case AutoencoderLesson.ANOMALY_ERRORS -> anomalyHistogram();
            default -> Optional.empty();
        };
    }

    @Override
    public String divergenceHint() {
        return autoencoder.optimizer().describe();
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        Checkpoints.save(model.network(), settings, lesson, file);
    }

    @Override
    public List<Measurement> testMeasurements() {
        List<Measurement> measurements = new ArrayList<>();
        String per = data.images() ? "pixel" : "standardised column";
        measurements.add(new Measurement("Test reconstruction error (MSE per " + per + ")", testError(), ""));
        measurements.add(new Measurement("PCA baseline error, " + autoencoder.bottleneck() + " components", pcaTestError, ""));
        if (data.images()) {
            measurements.add(new Measurement("Test error on noisy inputs (" + NoiseCorruptionText.format(autoencoder.testNoise())
                    + ")", error(noisyTestNormal, testNormal), ""));
        }
        if (autoencoder.anomalyMode()) {
            AnomalyScores scores = anomalyScores();
            String anomaly = anomalyName();
            measurements.add(new Measurement("Test anomaly AUC (" + anomaly + (data.images() ? " held out)" : " as anomaly)"),
                    scores.auc(), ""));
            AnomalyScores.Confusion detector = scores.confusionAbove(scores.thresholdFlagging(FALSE_ALARMS));
            measurements.add(new Measurement(String.format(Locale.ROOT, "Anomalies caught (recall) when %.0f%% of normal "
                    + "%s are flagged", 100 * FALSE_ALARMS, examplesNoun()), detector.recall(), ""));
            measurements.add(new Measurement("Precision at that threshold", detector.precision(), ""));
        }
        return measurements;
    }

    @Override
    public void fitEpochWithoutEngine() {
        batches.reset();
        if (autoencoder.kind() == AutoencoderKind.VAE) {
            model.network().pretrainLayer(0, batches);
        } else {
            model.network().fit(batches);
        }
    }

    @Override
    public void setLearningRate(double learningRate) {
        OwnGradientUpdates.setLearningRate(model.network(), learningRate);
    }

    /** A live change of the learning rate ({@link AutoencoderLesson#liveParameters}); the updater keeps its state. */
    @Override
    public void applyLiveSettings(Settings next) {
        AutoencoderSettings updated = AutoencoderSettings.from(next);
        if (updated.optimizer().learningRate() != autoencoder.optimizer().learningRate()) {
            setLearningRate(updated.optimizer().learningRate());
        }
        settings = next;
        autoencoder = updated;
    }

    // ---- what the lesson's views ask ----

    public Autoencoder model() {
        return model;
    }

    public MultiLayerNetwork network() {
        return model.network();
    }

    /** Whether this run's examples are images; false for the breast cancer table. */
    public boolean images() {
        return data.images();
    }

    /** "images" or "rows", for sentences about the examples. */
    public String examplesNoun() {
        return data.images() ? "images" : "rows";
    }

    /** The class names of the test examples, in label order. */
    public List<String> classNames() {
        return data.test().classNames();
    }

    /** The anomalous class's name, or "" outside anomaly mode. */
    public String anomalyName() {
        return autoencoder.anomalyMode() ? classNames().get(data.anomalyLabel()) : "";
    }

    /** Every test image, all classes; indices below refer to it. Images only: see {@link #images()}. */
    public LabeledImages testImages() {
        if (!(data.test() instanceof LabeledImages images)) {
            throw new IllegalStateException("this run's examples are table rows, not images");
        }
        return images;
    }

    public ImageSample testImage(int index) {
        LabeledImages test = testImages();
        return new ImageSample(test.cols(), test.rows(), test.image(index), test.classNames().get(test.label(index)));
    }

    /** Mean error per pixel over the normal test images. */
    public double testError() {
        return error(testNormal, testNormal);
    }

    /** PCA's test error with as many components as the bottleneck has numbers. */
    public double pcaTestError() {
        return pcaTestError;
    }

    /**
     * Mean error per pixel when the normal test images are corrupted with the test noise and the clean
     * images are the target; NaN for table rows.
     */
    public double noisyTestError() {
        return noisyTestNormal == null ? Double.NaN : error(noisyTestNormal, testNormal);
    }

    /** The code of one test image. */
    public double[] encode(int testIndex) {
        return model.encode(row(testIndex)).toDoubleVector();
    }

    /** The image the decoder draws for a point of the latent space (e.g. where the student clicked). */
    public float[] decode(double... code) {
        if (code.length != autoencoder.bottleneck()) {
            throw new IllegalArgumentException("a code has " + autoencoder.bottleneck() + " numbers, not " + code.length);
        }
        return model.decode(Nd4j.create(code, 1, code.length).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT))
                .toFloatVector();
    }

    /** Images decoded from {@code steps} evenly spaced points between the codes of two test images (both ends included). */
    public List<float[]> interpolate(int fromIndex, int toIndex, int steps) {
        if (steps < 2) {
            throw new IllegalArgumentException("at least 2 steps, not " + steps);
        }
        INDArray from = model.encode(row(fromIndex));
        INDArray to = model.encode(row(toIndex));
        INDArray codes = Nd4j.create(from.dataType(), steps, from.size(1));
        for (int s = 0; s < steps; s++) {
            double t = s / (double) (steps - 1);
            codes.putRow(s, from.mul(1 - t).addi(to.mul(t)));
        }
        INDArray images = model.decode(codes);
        List<float[]> out = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            out.add(images.getRow(s).toFloatVector());
        }
        return out;
    }

    /** A test image corrupted with {@code noise} (the same each call), what the network makes of it, and the clean image. */
    public Denoised denoise(int testIndex, NoiseCorruption noise) {
        float[] clean = testImages().image(testIndex);
        float[] noisy = noise.apply(clean, new Random(settings.seed() * 31 + testIndex));
        float[] output = model.reconstruct(Nd4j.create(noisy, 1, noisy.length)).toFloatVector();
        return new Denoised(noisy, output, clean, squaredError(noisy, clean), squaredError(output, clean));
    }

    /** {@link #denoise(int, NoiseCorruption)} with the training noise, or the test noise when training was clean. */
    public Denoised denoise(int testIndex) {
        return denoise(testIndex, autoencoder.denoising() ? autoencoder.noise() : autoencoder.testNoise());
    }

    /** A noisy input, the network's output, the clean target, and the error per pixel of the first two against the target. */
    public record Denoised(float[] noisy, float[] output, float[] clean, double noisyError, double outputError) {
        public Denoised {
            noisy = noisy.clone();
            output = output.clone();
            clean = clean.clone();
        }
    }

    /**
     * New images: codes drawn at random and decoded. For the VAE the codes come from its prior, a
     * standard normal; a plain autoencoder has no prior, so its codes come from a normal fitted
     * to the test images' codes (which often lands in gaps of the map and decodes to blends).
     */
    public List<float[]> generate(int count, long seed) {
        int size = autoencoder.bottleneck();
        INDArray codes = Nd4j.randn(seed, new long[]{count, size}).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
        if (autoencoder.kind() != AutoencoderKind.VAE) {
            INDArray latent = model.encode(latentImages);
            codes.muliRowVector(latent.std(true, 0)).addiRowVector(latent.mean(true, 0));
        }
        INDArray images = model.decode(codes);
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(images.getRow(i).toFloatVector());
        }
        return out;
    }

    /** Errors of the normal and held-out test images; empty arrays outside anomaly mode. */
    public AnomalyScores anomalyScores() {
        if (!autoencoder.anomalyMode()) {
            return new AnomalyScores(new double[0], new double[0]);
        }
        return new AnomalyScores(Autoencoder.errorsPerImage(model.reconstruct(testNormal), testNormal),
                Autoencoder.errorsPerImage(model.reconstruct(testAnomalies), testAnomalies));
    }

    // ---- probes ----

    /** The shown test images, originals first, then their reconstructions with the error per pixel. */
    ProbeRecord.Images reconstructions() {
        INDArray originals = Nd4j.vstack(Arrays.stream(shownIndices).mapToObj(this::row).toArray(INDArray[]::new));
        INDArray rebuilt = model.reconstruct(originals);
        double[] errors = Autoencoder.errorsPerImage(rebuilt, originals);
        List<float[]> pixels = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < shownIndices.length; i++) {
            pixels.add(originals.getRow(i).toFloatVector());
            captions.add(classNames().get(data.test().label(shownIndices[i])));
        }
        for (int i = 0; i < shownIndices.length; i++) {
            pixels.add(rebuilt.getRow(i).toFloatVector());
            captions.add(String.format(Locale.ROOT, "%.3f", errors[i]));
        }
        // One column per shown image: each original stands over its reconstruction.
        return new ProbeRecord.Images(AutoencoderNetworks.SIDE, AutoencoderNetworks.SIDE, pixels, captions,
                shownIndices.length);
    }

    /**
     * The shown table rows, originals first, then their reconstructions with the error per column:
     * each row as a 10 x 3 picture, one square per column (10 measurements across; mean, standard
     * error and worst value down), grey from black at -3 to white at +3 standard deviations.
     */
    ProbeRecord.Images featureReconstructions() {
        INDArray originals = Nd4j.vstack(Arrays.stream(shownIndices).mapToObj(this::row).toArray(INDArray[]::new));
        INDArray rebuilt = model.reconstruct(originals);
        double[] errors = Autoencoder.errorsPerImage(rebuilt, originals);
        List<float[]> pixels = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < shownIndices.length; i++) {
            pixels.add(grey(originals.getRow(i).toFloatVector()));
            captions.add(classNames().get(data.test().label(shownIndices[i])));
        }
        for (int i = 0; i < shownIndices.length; i++) {
            pixels.add(grey(rebuilt.getRow(i).toFloatVector()));
            captions.add(String.format(Locale.ROOT, "%.2f", errors[i]));
        }
        int width = TABLE_PICTURE_WIDTH;
        return new ProbeRecord.Images(width, data.featureCount() / width, pixels, captions, shownIndices.length);
    }

    private static float[] grey(float[] standardised) {
        float[] out = new float[standardised.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.max(0, Math.min(1, 0.5 + standardised[i] / (2 * TABLE_GREY_RANGE)));
        }
        return out;
    }

    /** Point i is test image i; with a bottleneck above 2, the first two principal components of the codes. */
    ProbeRecord.Points latentMap() {
        double[][] plane = latentPlane();
        return new ProbeRecord.Points(plane[0], plane[1], latentLabels, classNames());
    }

    /** x and y of the first {@link #LATENT_POINTS} test images on the latent plane. */
    public double[][] latentPlane() {
        LatentPlane plane = plane();
        return new double[][]{plane.x(), plane.y()};
    }

    /**
     * The first {@link #LATENT_POINTS} test images on the latent plane, with the basis that maps a
     * plane point back to a code (see {@link LatentPlane}), so a view can decode where the student clicks.
     */
    public LatentPlane plane() {
        INDArray codes = model.encode(latentImages);
        List<String> names = classNames();
        if (codes.size(1) > 2) {
            Pca pca = Pca.fit(codes, 2);
            INDArray projected = pca.project(codes);
            return new LatentPlane(projected.getColumn(0).toDoubleVector(), projected.getColumn(1).toDoubleVector(),
                    latentLabels, names, pca.mean(), pca.component(0), pca.component(1));
        }
        return LatentPlane.direct(codes.getColumn(0).toDoubleVector(), codes.getColumn(1).toDoubleVector(), latentLabels,
                names);
    }

    /** The test images placed on the latent plane, in the same order as its points; none for table rows. */
    public List<float[]> latentImages() {
        List<float[]> images = new ArrayList<>();
        if (!data.images()) {
            return images;
        }
        for (int i = 0; i < latentLabels.length; i++) {
            images.add(data.test().features(i));
        }
        return images;
    }

    /** Images decoded over a grid spanning where the test codes lie (2nd to 98th percentile), top row = largest y. */
    Optional<ProbeRecord> decodedGrid() {
        if (autoencoder.bottleneck() != 2 || !data.images()) {
            return Optional.empty();
        }
        double[][] plane = latentPlane();
        double[] xs = range(plane[0]);
        double[] ys = range(plane[1]);
        INDArray codes = Nd4j.create(org.nd4j.linalg.api.buffer.DataType.FLOAT, GRID_SIDE * GRID_SIDE, 2);
        List<String> captions = new ArrayList<>();
        for (int r = 0; r < GRID_SIDE; r++) {
            double y = ys[1] - (ys[1] - ys[0]) * r / (GRID_SIDE - 1);
            for (int c = 0; c < GRID_SIDE; c++) {
                double x = xs[0] + (xs[1] - xs[0]) * c / (GRID_SIDE - 1);
                codes.putScalar(new long[]{r * GRID_SIDE + c, 0}, x);
                codes.putScalar(new long[]{r * GRID_SIDE + c, 1}, y);
                captions.add("");
            }
        }
        INDArray images = model.decode(codes);
        List<float[]> pixels = new ArrayList<>();
        for (int i = 0; i < GRID_SIDE * GRID_SIDE; i++) {
            pixels.add(images.getRow(i).toFloatVector());
        }
        // The grid reads as one picture of the latent plane: no captions, one row per grid row.
        return Optional.of(new ProbeRecord.Images(AutoencoderNetworks.SIDE, AutoencoderNetworks.SIDE, pixels, captions,
                GRID_SIDE));
    }

    /** Paired bars per error bin: the fraction of normal, then of anomalous validation images in it. */
    Optional<ProbeRecord> anomalyHistogram() {
        if (!autoencoder.anomalyMode()) {
            return Optional.empty();
        }
        double[] normal = Autoencoder.errorsPerImage(model.reconstruct(validation), validation);
        double[] anomalous = Autoencoder.errorsPerImage(model.reconstruct(validationAnomalies), validationAnomalies);
        double[] edges = data.images() ? HISTOGRAM_EDGES : TABLE_HISTOGRAM_EDGES;
        double[] normalShare = AnomalyScores.histogram(normal, edges);
        double[] anomalyShare = AnomalyScores.histogram(anomalous, edges);
        List<String> labels = new ArrayList<>();
        double[] values = new double[2 * normalShare.length];
        for (int b = 0; b < normalShare.length; b++) {
            String bin = b == normalShare.length - 1 ? String.format(Locale.ROOT, ">=%.3f", edges[b])
                    : String.format(Locale.ROOT, "<%.3f", edges[b + 1]);
            labels.add("normal " + bin);
            labels.add("anomaly " + bin);
            values[2 * b] = normalShare[b];
            values[2 * b + 1] = anomalyShare[b];
        }
        return Optional.of(new ProbeRecord.Bars(labels, values, "fraction", false));
    }

    // ---- helpers ----

    private INDArray row(int testIndex) {
        float[] features = data.test().features(testIndex);
        return Nd4j.create(features, 1, features.length);
    }

    private double error(INDArray inputs, INDArray targets) {
        return mean(Autoencoder.errorsPerImage(model.reconstruct(inputs), targets));
    }

    private static double[] range(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double low = sorted[(int) (0.02 * (sorted.length - 1))];
        double high = sorted[(int) Math.ceil(0.98 * (sorted.length - 1))];
        return high > low ? new double[]{low, high} : new double[]{low - 1, low + 1};
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double squaredError(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum / a.length;
    }
}
