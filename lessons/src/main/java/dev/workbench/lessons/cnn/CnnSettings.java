package dev.workbench.lessons.cnn;

import dev.workbench.lessons.augment.AugmentationPipeline;
import dev.workbench.lessons.augment.AugmentationPresets;
import dev.workbench.lessons.augment.AugmentationText;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.TrainingOptimizer;

/** Typed view of the CNN lesson's validated settings. */
public record CnnSettings(TrainingOptimizer optimizer, int batchSize, int epochs, double dropout, double l2, boolean batchNorm,
                          String activation, int trainImages, String augmentation, String augmentationSpec, String dataset,
                          String dataDir, long seed) {

    public static CnnSettings from(Settings settings) {
        return new CnnSettings(
                TrainingOptimizer.from(settings),
                settings.integer(CnnLesson.BATCH_SIZE),
                settings.integer(CnnLesson.EPOCHS),
                settings.decimal(CnnLesson.DROPOUT),
                settings.decimal(CnnLesson.L2),
                settings.flag(CnnLesson.BATCH_NORM),
                settings.choice(CnnLesson.ACTIVATION),
                settings.integer(CnnLesson.TRAIN_IMAGES),
                settings.choice(CnnLesson.AUGMENTATION_PRESET),
                settings.text(CnnLesson.AUGMENTATION_SPEC),
                settings.choice(CnnLesson.DATASET),
                settings.text(CnnLesson.DATA_DIR),
                settings.seed());
    }

    /** The augmentation pipeline training uses: a preset, or the custom text. */
    public AugmentationPipeline augmentationPipeline() {
        return augmentation.equals(AugmentationPresets.CUSTOM)
                ? AugmentationText.parse(augmentationSpec)
                : AugmentationPresets.named(augmentation);
    }
}
