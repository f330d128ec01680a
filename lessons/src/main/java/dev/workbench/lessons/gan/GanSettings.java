package dev.workbench.lessons.gan;

import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.Objects;

/**
 * Typed view of the GAN lesson's validated settings. Each field was range-checked by its
 * parameter; the compact constructor checks what spans several fields.
 *
 * @param garment     a Fashion-MNIST class name in lower case with dashes, or "all"
 * @param trainImages at most this many real images (the small-data experiment)
 */
record GanSettings(Model model, String target, String points, int noiseDim, int imageNoiseDim, int hiddenUnits,
                   GanLoss loss, boolean labelSmoothing, int dSteps, int batchSize, int epochs, String garment,
                   int trainImages, DiffAugment.Policy augment, TrainingOptimizer generator,
                   TrainingOptimizer discriminator, long seed) {

    /** The two models of the lesson. */
    enum Model {
        POINTS_2D("2d"), IMAGE("image");

        private final String cliName;

        Model(String cliName) {
            this.cliName = cliName;
        }

        String cliName() {
            return cliName;
        }

        static Model fromCliName(String name) {
            for (Model model : values()) {
                if (model.cliName.equals(name)) {
                    return model;
                }
            }
            throw new IllegalArgumentException("unknown GAN model '" + name + "'");
        }
    }

    GanSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(augment, "augment");
        if (dSteps < 1 || batchSize < 1 || epochs < 1) {
            throw new IllegalArgumentException("d-steps, batch size and epochs must be positive");
        }
        if (model == Model.IMAGE && batchSize > trainImages) {
            throw new IllegalArgumentException("the batch (" + batchSize + ") is larger than the training set ("
                    + trainImages + " images)");
        }
        if (model == Model.POINTS_2D && augment.any()) {
            throw new IllegalArgumentException("augmentation is for images; the 2-D model takes augment=off");
        }
    }

    static GanSettings from(Settings settings) {
        return new GanSettings(
                Model.fromCliName(settings.choice(GanLesson.MODEL)),
                settings.choice(GanLesson.TARGET),
                settings.text(GanLesson.POINTS),
                settings.integer(GanLesson.NOISE_DIM),
                settings.integer(GanLesson.IMAGE_NOISE_DIM),
                settings.integer(GanLesson.HIDDEN_UNITS),
                GanLoss.fromCliName(settings.choice(GanLesson.LOSS)),
                settings.flag(GanLesson.LABEL_SMOOTHING),
                settings.integer(GanLesson.D_STEPS),
                settings.integer(GanLesson.BATCH_SIZE),
                settings.integer(GanLesson.EPOCHS),
                settings.choice(GanLesson.GARMENT),
                settings.integer(GanLesson.TRAIN_IMAGES),
                DiffAugment.Policy.fromCliName(settings.choice(GanLesson.AUGMENT)),
                TrainingOptimizer.from(settings, GanLesson.GENERATOR),
                TrainingOptimizer.from(settings, GanLesson.DISCRIMINATOR),
                settings.seed());
    }

    /** The noise size the generator of this model takes. */
    int latent() {
        return model == Model.POINTS_2D ? noiseDim : imageNoiseDim;
    }
}
