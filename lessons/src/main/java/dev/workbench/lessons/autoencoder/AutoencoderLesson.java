package dev.workbench.lessons.autoencoder;

import dev.workbench.lessons.augment.noise.NoiseCorruptionText;
import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.DivergenceRule;
import dev.workbench.lessons.engine.EarlyStopping;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.ChoiceParameter;
import dev.workbench.lessons.engine.HyperParameter.IntegerParameter;
import dev.workbench.lessons.engine.HyperParameter.TextParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonCategory;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.engine.LessonNotes;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.MetricSpec.Goal;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.ProbeSpec;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.TrainingOptimizer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Autoencoders: a network squeezes Fashion-MNIST photos through a bottleneck of a few numbers and
 * rebuilds them. Without ever seeing a label it learns a map on which the classes cluster, removes
 * noise, flags what it was not trained on, and, as a VAE, draws new images. With the breast cancer
 * table instead, a dense autoencoder trained on benign rows flags malignant ones.
 */
public final class AutoencoderLesson implements Lesson {
    public static final String ID = "autoencoder";

    public static final String MODEL = "model";
    public static final String BOTTLENECK = "bottleneck";
    public static final String LOSS = "loss";
    public static final String BATCH_SIZE = "batch-size";
    public static final String EPOCHS = "epochs";
    public static final String TRAIN_IMAGES = "train-images";
    /** Corruption of the training inputs, as {@link NoiseCorruptionText}; "none" trains a plain autoencoder. */
    public static final String NOISE = "noise";
    /** Corruption of validation and test inputs for the "error on noisy inputs" measure. */
    public static final String TEST_NOISE = "test-noise";
    /** The class held out as the anomaly, or "none". */
    public static final String ANOMALY = "anomaly-class";
    public static final String DATASET = "dataset";
    public static final String DATA_DIR = "data-dir";

    /** Epoch metrics, by id. */
    public static final String TRAIN_ERROR = "train-error";
    public static final String RECONSTRUCTION_ERROR = "reconstruction-error";
    public static final String PCA_ERROR = "pca-error";
    public static final String NOISY_ERROR = "noisy-error";
    public static final String AUC = "auc";
    static final String RECONSTRUCTION_CHART = "reconstruction";
    static final String ANOMALY_CHART = "anomaly";
    /** Races time how fast the validation error per pixel falls to this (PCA with 2 components: about 0.045). */
    static final double TARGET_ERROR = 0.035;

    /** Probes, by id. */
    public static final String RECONSTRUCTIONS = "reconstructions";
    /** Table rows and their reconstructions, one grey square per column (the image probe's counterpart). */
    public static final String FEATURE_RECONSTRUCTIONS = "feature-reconstructions";
    public static final String LATENT = "latent";
    public static final String DECODED_GRID = "decoded-grid";
    public static final String ANOMALY_ERRORS = "anomaly-errors";

    static final String DEFAULT_TEST_NOISE = "masking:0.5@1";

    private final LessonInfo info = new LessonInfo(ID, "Autoencoders",
            "A network squeezes clothing photos or breast-cancer table rows through a bottleneck of a few numbers "
                    + "and rebuilds them: a map of what it learned, denoising and new images, anomaly detection on both.",
            LessonCategory.GENERATIVE, LessonNotes.load(ID));
    private final List<HyperParameter> parameters = buildParameters();

    private static List<HyperParameter> buildParameters() {
        List<HyperParameter> parameters = new ArrayList<>(TrainingOptimizer.parameters("adam", 1e-3, 1.0));
        parameters.addAll(List.of(
                new ChoiceParameter(MODEL, "Model", "dense: fully connected; conv: convolutions and upsampling; "
                        + "vae: variational autoencoder (DL4J pretrains it).", List.of(), "dense", AutoencoderKind.cliNames()),
                new IntegerParameter(BOTTLENECK, "Bottleneck", "Numbers per image in the code; 2 draws the map directly.",
                        List.of("code-size"), 2, AutoencoderSettings.MIN_BOTTLENECK, AutoencoderSettings.MAX_BOTTLENECK),
                new ChoiceParameter(LOSS, "Loss", "mse: squared error per pixel; bce: binary cross-entropy per pixel.",
                        List.of(), "mse", ReconstructionLoss.cliNames()),
                new IntegerParameter(BATCH_SIZE, "Batch size", "Images per update.", List.of("batch"), 64, 1, 1024),
                new IntegerParameter(EPOCHS, "Epochs", "Passes over the training images.", List.of(), 10, 1, 200),
                new IntegerParameter(TRAIN_IMAGES, "Training images", "How many training images to learn from (0: all of them).",
                        List.of(), 5000, 0, 60_000),
                new TextParameter(NOISE, "Training noise", "Corrupt each training input, keep the clean image as the target "
                        + "(a denoising autoencoder): none, or e.g. " + NoiseCorruptionText.EXAMPLE + ", gaussian:0.3@1, "
                        + "salt-and-pepper:0.1@1.", List.of("denoise"), "none", NoiseCorruptionText::problem),
                new TextParameter(TEST_NOISE, "Test noise", "The corruption used to measure how well noisy images are cleaned.",
                        List.of(), DEFAULT_TEST_NOISE, NoiseCorruptionText::problem),
                new ChoiceParameter(ANOMALY, "Anomaly class", "Leave this class out of training and flag it by its large "
                        + "reconstruction error (none: use every class).", List.of("anomaly"), "none",
                        AutoencoderSettings.ANOMALY_CHOICES),
                new ChoiceParameter(DATASET, "Dataset", "shipped: 10,000 Fashion-MNIST training images in datasets/; "
                        + "full: all 60,000; breast-cancer: a table of 30 measurements per tumour, for anomaly detection "
                        + "(dense model, trained on benign rows only).",
                        List.of("data"), AutoencoderSettings.SHIPPED, AutoencoderSettings.DATASET_CHOICES),
                new TextParameter(DATA_DIR, "Data folder", "Folder with the full Fashion-MNIST IDX files (empty: "
                        + FashionMnist.SYSTEM_FOLDER + ").", List.of(), "")));
        parameters.add(EarlyStopping.parameter());
        return List.copyOf(parameters);
    }

    @Override
    public LessonInfo info() {
        return info;
    }

    @Override
    public List<HyperParameter> parameters() {
        return parameters;
    }

    /** Adam at a learning rate of 1: every unit dies and the network draws one picture for all images. */
    @Override
    public java.util.Map<String, String> divergentSettings() {
        return java.util.Map.of(TrainingOptimizer.OPTIMIZER, "adam", TrainingOptimizer.LEARNING_RATE, "1",
                TRAIN_IMAGES, "1000", EPOCHS, "1");
    }

    @Override
    public Metrics metrics() {
        MetricSpec trainError = MetricSpec.perEpoch(TRAIN_ERROR, "Training reconstruction error", "", RECONSTRUCTION_CHART,
                Goal.LOWER_IS_BETTER);
        MetricSpec validationError = MetricSpec.perEpoch(RECONSTRUCTION_ERROR, "Validation reconstruction error", "",
                RECONSTRUCTION_CHART, Goal.LOWER_IS_BETTER).withTarget(TARGET_ERROR);
        MetricSpec pcaError = MetricSpec.perEpoch(PCA_ERROR, "PCA baseline error (same code size)", "", RECONSTRUCTION_CHART,
                Goal.LOWER_IS_BETTER);
        MetricSpec noisyError = MetricSpec.perEpoch(NOISY_ERROR, "Validation error on noisy inputs", "", RECONSTRUCTION_CHART,
                Goal.LOWER_IS_BETTER);
        MetricSpec auc = MetricSpec.perEpoch(AUC, "Anomaly AUC", "", ANOMALY_CHART, Goal.HIGHER_IS_BETTER);
        return new Metrics(List.of(Metrics.LOSS, Metrics.TRAIN_LOSS, trainError, validationError, pcaError, noisyError, auc),
                RECONSTRUCTION_ERROR, RECONSTRUCTION_ERROR, new Metrics.Gap(TRAIN_ERROR, RECONSTRUCTION_ERROR));
    }

    @Override
    public List<ProbeSpec> probes() {
        return List.of(
                new ProbeSpec(RECONSTRUCTIONS, "Reconstructions", ProbeRecord.Kind.IMAGES, 20, 2),
                new ProbeSpec(FEATURE_RECONSTRUCTIONS, "Rows rebuilt: 10 measurements across, mean / spread / worst "
                        + "down; grey = standardised value", ProbeRecord.Kind.IMAGES, 20, 2),
                new ProbeSpec(LATENT, "Latent space", ProbeRecord.Kind.POINTS, 50, 1),
                new ProbeSpec(DECODED_GRID, "Decoded from the latent plane", ProbeRecord.Kind.IMAGES, 50, 1),
                new ProbeSpec(ANOMALY_ERRORS, "Reconstruction errors: normal vs anomaly", ProbeRecord.Kind.BARS, 50, 1));
    }

    /** The AUC exists in anomaly mode only; the error on noisy inputs, for images only. */
    @Override
    public Metrics metrics(Settings settings) {
        Metrics metrics = anomalyMode(settings) ? metrics() : metrics().without(AUC);
        return tabular(settings) ? metrics.without(NOISY_ERROR) : metrics;
    }

    /**
     * The decoded grid needs a 2-number code and images; the error histogram, anomaly mode; table rows
     * are shown as feature squares instead of pictures.
     */
    @Override
    public List<ProbeSpec> probes(Settings settings) {
        boolean table = tabular(settings);
        boolean plane = Integer.valueOf(2).equals(settings.values().get(BOTTLENECK)) && !table;
        return probes().stream()
                .filter(probe -> !probe.id().equals(DECODED_GRID) || plane)
                .filter(probe -> !probe.id().equals(ANOMALY_ERRORS) || anomalyMode(settings))
                .filter(probe -> !probe.id().equals(RECONSTRUCTIONS) || !table)
                .filter(probe -> !probe.id().equals(FEATURE_RECONSTRUCTIONS) || table)
                .toList();
    }

    private static boolean anomalyMode(Settings settings) {
        Object anomaly = settings.values().get(ANOMALY);
        return anomaly != null && !"none".equals(anomaly) || tabular(settings);
    }

    private static boolean tabular(Settings settings) {
        return AutoencoderSettings.BREAST_CANCER.equals(settings.values().get(DATASET));
    }

    @Override
    public DivergenceRule divergenceRule() {
        return new ReconstructionDivergence();
    }

    /** The learning rate changes at the next iteration when no schedule sets it; the rest needs a new run. */
    @Override
    public java.util.Set<String> liveParameters(Settings settings) {
        return TrainingOptimizer.liveParameters(settings);
    }

    @Override
    public List<Comparison> comparisons() {
        return List.of(
                new Comparison("bottleneck-size", "Bottleneck size", "The dense autoencoder with codes of 2, 8 and 32 "
                        + "numbers: a wider bottleneck rebuilds more detail; compare each with PCA of the same size.",
                        Map.of(MODEL, "dense"),
                        List.of(lane("2 numbers", BOTTLENECK, "2"), lane("8 numbers", BOTTLENECK, "8"),
                                lane("32 numbers", BOTTLENECK, "32")), 0, false),
                new Comparison("dense-vs-conv", "Dense vs convolutional", "The same bottleneck behind fully connected "
                        + "layers and behind convolutions that know pixels have neighbours.", Map.of(),
                        List.of(lane("dense", MODEL, "dense"), lane("convolutional", MODEL, "conv")), 0, false),
                new Comparison("ae-vs-vae", "Autoencoder vs VAE", "A plain autoencoder and a variational one with the "
                        + "same layers: the VAE gives up some sharpness for a latent space you can sample from.",
                        Map.of(LOSS, "bce"),
                        List.of(lane("autoencoder", MODEL, "dense"), lane("VAE", MODEL, "vae")), 0, false),
                new Comparison("denoising", "Denoising: with vs without noise", "Two autoencoders with 16-number codes, "
                        + "one trained on clean inputs, one on inputs with the test noise added; watch the error on noisy "
                        + "validation images.", Map.of(MODEL, "dense", BOTTLENECK, "16"),
                        List.of(lane("clean inputs", NOISE, "none"), lane("noisy inputs", NOISE, DEFAULT_TEST_NOISE)),
                        0, false));
    }

    private static Comparison.Lane lane(String label, String parameter, String value) {
        return new Comparison.Lane(label, Map.of(parameter, value));
    }

    @Override
    public AutoencoderSession prepare(Settings settings) throws LessonException {
        AutoencoderSettings autoencoder = typed(settings);
        AutoencoderData data = AutoencoderData.load(autoencoder);
        return new AutoencoderSession(this, settings, autoencoder, data,
                iterationsPerEpoch -> AutoencoderNetworks.build(autoencoder, data.featureCount(), iterationsPerEpoch));
    }

    /** A session around a network trained earlier, with the settings stored in its checkpoint. */
    @Override
    public AutoencoderSession restore(Checkpoints.Checkpoint checkpoint) throws LessonException {
        Settings settings = checkpointSettings(checkpoint);
        AutoencoderSettings autoencoder = typed(settings);
        MultiLayerNetwork net = checkpoint.multiLayerNetwork();
        return new AutoencoderSession(this, settings, autoencoder, AutoencoderData.load(autoencoder), iterations -> net);
    }

    private static AutoencoderSettings typed(Settings settings) throws LessonException {
        try {
            return AutoencoderSettings.from(settings);
        } catch (IllegalArgumentException e) {
            throw new LessonException("Invalid autoencoder settings: " + e.getMessage());
        }
    }

    static Path dataDir(AutoencoderSettings settings) {
        return settings.dataDir().isEmpty() ? null : Path.of(settings.dataDir());
    }
}
