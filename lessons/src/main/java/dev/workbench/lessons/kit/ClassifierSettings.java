package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.Objects;

/**
 * The settings every image-classifier lesson shares (see {@link ClassifierParameters}): the
 * optimizer block, batch size, epochs, activation, how many training images, and the seed.
 * A lesson's own settings record holds one of these next to what only it has.
 */
public record ClassifierSettings(TrainingOptimizer optimizer, int batchSize, int epochs, String activation,
                                 int trainImages, long seed) {
    public ClassifierSettings {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(activation, "activation");
        if (batchSize < 1 || epochs < 1 || trainImages < 0) {
            throw new IllegalArgumentException("batch size " + batchSize + ", epochs " + epochs
                    + ", training images " + trainImages);
        }
    }

    public static ClassifierSettings from(Settings settings) {
        return new ClassifierSettings(
                TrainingOptimizer.from(settings),
                settings.integer(ClassifierParameters.BATCH_SIZE),
                settings.integer(ClassifierParameters.EPOCHS),
                settings.choice(ClassifierParameters.ACTIVATION),
                settings.integer(ClassifierParameters.TRAIN_IMAGES),
                settings.seed());
    }
}
