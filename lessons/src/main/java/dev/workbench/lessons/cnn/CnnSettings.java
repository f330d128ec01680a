package dev.workbench.lessons.cnn;

import dev.workbench.lessons.engine.Settings;

/** Typed view of the CNN lesson's validated settings. */
public record CnnSettings(String optimizer, double learningRate, int batchSize, int epochs, double dropout,
                          double l2, boolean batchNorm, String activation, String dataset, String dataDir,
                          long seed) {

    public static CnnSettings from(Settings settings) {
        return new CnnSettings(
                settings.choice(CnnLesson.OPTIMIZER),
                settings.decimal(CnnLesson.LEARNING_RATE),
                settings.integer(CnnLesson.BATCH_SIZE),
                settings.integer(CnnLesson.EPOCHS),
                settings.decimal(CnnLesson.DROPOUT),
                settings.decimal(CnnLesson.L2),
                settings.flag(CnnLesson.BATCH_NORM),
                settings.choice(CnnLesson.ACTIVATION),
                settings.choice(CnnLesson.DATASET),
                settings.text(CnnLesson.DATA_DIR),
                settings.seed());
    }
}
