package dev.workbench.lessons.mlp;

import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.TrainingOptimizer;

/** Typed view of an MLP lesson's validated settings. */
public record MlpSettings(TrainingOptimizer optimizer, int batchSize, int epochs, int hiddenUnits, String activation, int trainImages, long seed) {

    public static MlpSettings from(Settings settings) {
        return new MlpSettings(
                TrainingOptimizer.from(settings),
                settings.integer(MlpLesson.BATCH_SIZE),
                settings.integer(MlpLesson.EPOCHS),
                settings.integer(MlpLesson.HIDDEN_UNITS),
                settings.choice(MlpLesson.ACTIVATION),
                settings.integer(MlpLesson.TRAIN_IMAGES),
                settings.seed());
    }
}
