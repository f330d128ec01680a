package dev.workbench.lessons.resnet;

import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Typed view of the ResNet lesson's validated settings. The compact constructor repeats the
 * checks the form and the command line already made, so a record built in code is valid too.
 *
 * @param depth        hidden blocks of the 2-D network (each one dense layer, plus a skip when residual)
 * @param epochs       passes over the 2-D points
 * @param cnnEpochs    passes over the images for the CNN, which needs far fewer than the 2-D network
 * @param cnnBlocks    basic blocks per stage of the CNN (two stages, two convolutions per block)
 * @param trainImages  Fashion-MNIST training images for the CNN (0: all of the shipped subset)
 */
public record ResNetSettings(Model model, String dataset, int points, double noise, int depth, int width,
                             Variant variant, String activation, Init init, Clipping clipping, double clipThreshold,
                             TrainingOptimizer optimizer, int batchSize, int epochs, int cnnEpochs, int cnnBlocks,
                             int trainImages,
                             long seed) {
    static final int MIN_DEPTH = 4;
    static final int MAX_DEPTH = 60;
    static final List<String> DATASETS = List.of("spirals", "rings", "circles");
    static final List<String> ACTIVATIONS = List.of("relu", "tanh", "sigmoid", "leakyrelu");

    /** Which network is trained. */
    public enum Model {
        MLP_2D("mlp-2d"), CNN("cnn");

        private final String cliName;

        Model(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        static Model fromCliName(String name) {
            return Arrays.stream(values()).filter(m -> m.cliName.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown model " + name));
        }

        static List<String> cliNames() {
            return Arrays.stream(values()).map(Model::cliName).toList();
        }
    }

    /** With or without skip connections, with or without batch normalization. */
    public enum Variant {
        PLAIN("plain", false, false), RESIDUAL("residual", true, false),
        RESIDUAL_BN("residual+bn", true, true), PLAIN_BN("plain+bn", false, true);

        private final String cliName;
        private final boolean residual;
        private final boolean batchNorm;

        Variant(String cliName, boolean residual, boolean batchNorm) {
            this.cliName = cliName;
            this.residual = residual;
            this.batchNorm = batchNorm;
        }

        public String cliName() {
            return cliName;
        }

        public boolean residual() {
            return residual;
        }

        public boolean batchNorm() {
            return batchNorm;
        }

        static Variant fromCliName(String name) {
            return Arrays.stream(values()).filter(v -> v.cliName.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown variant " + name));
        }

        static List<String> cliNames() {
            return Arrays.stream(values()).map(Variant::cliName).toList();
        }
    }

    /** How the weights start. */
    public enum Init {
        /** Glorot: variance 2 / (fan in + fan out). */
        XAVIER,
        /** He: variance 2 / fan in, made for ReLU. */
        RELU,
        /** Normal(0, 1): far too large for layers of 32 units, the classic bad start. */
        NORMAL,
        /** Uniform in +-1/sqrt(fan in). */
        UNIFORM;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Init fromCliName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        static List<String> cliNames() {
            return Arrays.stream(values()).map(Init::cliName).toList();
        }
    }

    /** Gradient clipping before the optimizer sees the gradient. */
    public enum Clipping {
        /** No clipping. */
        NONE,
        /** Rescale each layer's gradient so its L2 norm is at most the threshold. */
        NORM,
        /** Clip every gradient element to +-threshold. */
        VALUE;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Clipping fromCliName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        static List<String> cliNames() {
            return Arrays.stream(values()).map(Clipping::cliName).toList();
        }
    }

    public ResNetSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(clipping, "clipping");
        Objects.requireNonNull(optimizer, "optimizer");
        if (!DATASETS.contains(dataset)) {
            throw new IllegalArgumentException("dataset must be one of " + DATASETS + ": " + dataset);
        }
        if (!ACTIVATIONS.contains(activation)) {
            throw new IllegalArgumentException("activation must be one of " + ACTIVATIONS + ": " + activation);
        }
        if (depth < MIN_DEPTH || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be " + MIN_DEPTH + ".." + MAX_DEPTH + ": " + depth);
        }
        if (width < 2 || points < 20 || batchSize < 1 || epochs < 1 || cnnEpochs < 1 || cnnBlocks < 1
                || trainImages < 0) {
            throw new IllegalArgumentException("width, points, batch size, epochs and blocks must be positive");
        }
        if (!(noise >= 0) || !(clipThreshold > 0)) {
            throw new IllegalArgumentException("noise must be >= 0 and the clipping threshold > 0");
        }
    }

    /** The epochs the chosen model trains for. */
    public int trainingEpochs() {
        return model == Model.CNN ? cnnEpochs : epochs;
    }

    public static ResNetSettings from(Settings settings) {
        return new ResNetSettings(
                Model.fromCliName(settings.choice(ResNetLesson.MODEL)),
                settings.choice(ResNetLesson.DATASET),
                settings.integer(ResNetLesson.POINTS),
                settings.decimal(ResNetLesson.NOISE),
                settings.integer(ResNetLesson.DEPTH),
                settings.integer(ResNetLesson.WIDTH),
                Variant.fromCliName(settings.choice(ResNetLesson.VARIANT)),
                settings.choice(ResNetLesson.ACTIVATION),
                Init.fromCliName(settings.choice(ResNetLesson.WEIGHT_INIT)),
                Clipping.fromCliName(settings.choice(ResNetLesson.CLIPPING)),
                settings.decimal(ResNetLesson.CLIP_THRESHOLD),
                TrainingOptimizer.from(settings),
                settings.integer(ResNetLesson.BATCH_SIZE),
                settings.integer(ResNetLesson.EPOCHS),
                settings.integer(ResNetLesson.CNN_EPOCHS),
                settings.integer(ResNetLesson.CNN_BLOCKS),
                settings.integer(ResNetLesson.TRAIN_IMAGES),
                settings.seed());
    }
}
