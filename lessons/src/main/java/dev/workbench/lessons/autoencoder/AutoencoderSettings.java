package dev.workbench.lessons.autoencoder;

import dev.workbench.lessons.augment.noise.NoiseCorruption;
import dev.workbench.lessons.augment.noise.NoiseCorruptionText;
import dev.workbench.lessons.augment.noise.ValueRange;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.List;
import java.util.Objects;

/**
 * Typed view of the autoencoder lesson's validated settings. Checks that span several settings
 * live in the compact constructor, so no session is ever built from a combination that cannot work.
 *
 * @param anomalyClass the Fashion-MNIST class left out of training as "anomalous", or {@link #NO_ANOMALY}
 * @param noise        corruption of the training inputs (the target stays clean); identity for none
 * @param testNoise    corruption of validation and test inputs for the "error on noisy inputs" measure
 * @param dataset      {@link #SHIPPED} or {@link #FULL} Fashion-MNIST, or the {@link #BREAST_CANCER} table
 */
public record AutoencoderSettings(AutoencoderKind kind, int bottleneck, ReconstructionLoss loss, TrainingOptimizer optimizer,
                                  int batchSize, int epochs, int trainImages, NoiseCorruption noise, NoiseCorruption testNoise,
                                  int anomalyClass, String dataset, String dataDir, long seed) {
    /** No class is held out: plain reconstruction. */
    public static final int NO_ANOMALY = -1;
    /** The dataset setting's values. */
    public static final String SHIPPED = "shipped";
    public static final String FULL = "full";
    public static final String BREAST_CANCER = "breast-cancer";
    public static final List<String> DATASET_CHOICES = List.of(SHIPPED, FULL, BREAST_CANCER);
    /** The smallest and largest bottleneck the lesson offers. */
    public static final int MIN_BOTTLENECK = 2;
    public static final int MAX_BOTTLENECK = 32;
    /** The anomaly setting's values: "none", then one short name per Fashion-MNIST class. */
    public static final List<String> ANOMALY_CHOICES = List.of("none", "t-shirt", "trouser", "pullover", "dress", "coat",
            "sandal", "shirt", "sneaker", "bag", "ankle-boot");

    public AutoencoderSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(noise, "noise");
        Objects.requireNonNull(testNoise, "testNoise");
        Objects.requireNonNull(dataset, "dataset");
        if (!DATASET_CHOICES.contains(dataset)) {
            throw new IllegalArgumentException("unknown dataset '" + dataset + "', expected one of " + DATASET_CHOICES);
        }
        if (bottleneck < MIN_BOTTLENECK || bottleneck > MAX_BOTTLENECK) {
            throw new IllegalArgumentException("bottleneck must be " + MIN_BOTTLENECK + " to " + MAX_BOTTLENECK + ", not " + bottleneck);
        }
        if (batchSize < 1 || epochs < 1 || trainImages < 0) {
            throw new IllegalArgumentException("batch size and epochs must be positive, training images not negative");
        }
        if (anomalyClass != NO_ANOMALY && (anomalyClass < 0 || anomalyClass >= ANOMALY_CHOICES.size() - 1)) {
            throw new IllegalArgumentException("no Fashion-MNIST class " + anomalyClass);
        }
        if (kind == AutoencoderKind.VAE && !noise.isIdentity()) {
            throw new IllegalArgumentException("the VAE cannot be trained to denoise here: DL4J pretrains it on its "
                    + "input alone, so there is no clean target to rebuild (use model dense or conv with noise)");
        }
        if (BREAST_CANCER.equals(dataset)) {
            refuseForTable(kind, loss, noise, anomalyClass);
        }
    }

    /** What the breast cancer table cannot do here, checked before any data is read. */
    private static void refuseForTable(AutoencoderKind kind, ReconstructionLoss loss, NoiseCorruption noise, int anomalyClass) {
        if (kind == AutoencoderKind.CONV) {
            throw new IllegalArgumentException("the conv model needs 28x28 images, and the breast-cancer table has 30 "
                    + "numbers per row with no neighbours like pixels: use model dense");
        }
        if (kind == AutoencoderKind.VAE) {
            throw new IllegalArgumentException("the VAE here rebuilds pixel values between 0 and 1, and the breast-cancer "
                    + "table's standardised columns are not: use model dense");
        }
        if (loss == ReconstructionLoss.BCE) {
            throw new IllegalArgumentException("bce needs targets between 0 and 1, and the breast-cancer table's "
                    + "standardised columns can be negative: use loss mse");
        }
        if (!noise.isIdentity()) {
            throw new IllegalArgumentException("training noise is for images here; with breast-cancer set noise to none");
        }
        if (anomalyClass != NO_ANOMALY) {
            throw new IllegalArgumentException("the anomaly class is a Fashion-MNIST class; with breast-cancer the "
                    + "malignant rows are always the anomaly: set anomaly-class to none");
        }
    }

    public static AutoencoderSettings from(Settings settings) {
        return new AutoencoderSettings(
                AutoencoderKind.fromCliName(settings.choice(AutoencoderLesson.MODEL)),
                settings.integer(AutoencoderLesson.BOTTLENECK),
                ReconstructionLoss.fromCliName(settings.choice(AutoencoderLesson.LOSS)),
                TrainingOptimizer.from(settings),
                settings.integer(AutoencoderLesson.BATCH_SIZE),
                settings.integer(AutoencoderLesson.EPOCHS),
                settings.integer(AutoencoderLesson.TRAIN_IMAGES),
                NoiseCorruptionText.parse(settings.text(AutoencoderLesson.NOISE), ValueRange.UNIT),
                NoiseCorruptionText.parse(settings.text(AutoencoderLesson.TEST_NOISE), ValueRange.UNIT),
                ANOMALY_CHOICES.indexOf(settings.choice(AutoencoderLesson.ANOMALY)) - 1,
                settings.choice(AutoencoderLesson.DATASET),
                settings.text(AutoencoderLesson.DATA_DIR),
                settings.seed());
    }

    /** A held-out Fashion-MNIST class, or the table, where the malignant rows are always the anomaly. */
    public boolean anomalyMode() {
        return anomalyClass != NO_ANOMALY || tabular();
    }

    /** The breast cancer table rather than images. */
    public boolean tabular() {
        return BREAST_CANCER.equals(dataset);
    }

    public boolean denoising() {
        return !noise.isIdentity();
    }
}
