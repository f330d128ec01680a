package dev.workbench.lessons.mlp;

import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.optim.OptimizerKind;
import dev.workbench.lessons.schedule.ScheduleKind;

/** Typed view of an MLP lesson's validated settings. */
public record MlpSettings(OptimizerKind optimizer, double learningRate, ScheduleKind schedule, int warmup,
                          int batchSize, int epochs, int hiddenUnits, String activation, int trainImages, long seed) {

    public static MlpSettings from(Settings settings) {
        return new MlpSettings(
                OptimizerKind.fromCliName(settings.choice(MlpLesson.OPTIMIZER)),
                settings.decimal(MlpLesson.LEARNING_RATE),
                ScheduleKind.fromCliName(settings.choice(MlpLesson.SCHEDULE)),
                settings.integer(MlpLesson.WARMUP),
                settings.integer(MlpLesson.BATCH_SIZE),
                settings.integer(MlpLesson.EPOCHS),
                settings.integer(MlpLesson.HIDDEN_UNITS),
                settings.choice(MlpLesson.ACTIVATION),
                settings.integer(MlpLesson.TRAIN_IMAGES),
                settings.seed());
    }

    public OptimizerConfig optimizerConfig() {
        return optimizer.hasLearningRate()
                ? OptimizerConfig.of(optimizer, learningRate)
                : OptimizerConfig.defaults(optimizer);
    }
}
