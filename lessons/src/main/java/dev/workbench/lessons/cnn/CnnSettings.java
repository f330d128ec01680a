package dev.workbench.lessons.cnn;

import dev.workbench.lessons.augment.AugmentationPipeline;
import dev.workbench.lessons.augment.AugmentationPresets;
import dev.workbench.lessons.augment.AugmentationText;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.kit.ClassifierSettings;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.Objects;

/** Typed view of the CNN lesson's validated settings: the shared classifier settings plus the CNN's own. */
public record CnnSettings(ClassifierSettings common, double dropout, double l2, boolean batchNorm, String augmentation,
                          String augmentationSpec, String dataset, String dataDir) {
    public CnnSettings {
        Objects.requireNonNull(common, "common");
    }

    public static CnnSettings from(Settings settings) {
        return new CnnSettings(
                ClassifierSettings.from(settings),
                settings.decimal(CnnLesson.DROPOUT),
                settings.decimal(CnnLesson.L2),
                settings.flag(CnnLesson.BATCH_NORM),
                settings.choice(CnnLesson.AUGMENTATION_PRESET),
                settings.text(CnnLesson.AUGMENTATION_SPEC),
                settings.choice(CnnLesson.DATASET),
                settings.text(CnnLesson.DATA_DIR));
    }

    public TrainingOptimizer optimizer() {
        return common.optimizer();
    }

    public int batchSize() {
        return common.batchSize();
    }

    public int epochs() {
        return common.epochs();
    }

    public String activation() {
        return common.activation();
    }

    public int trainImages() {
        return common.trainImages();
    }

    public long seed() {
        return common.seed();
    }

    /** The augmentation pipeline training uses: a preset, or the custom text. */
    public AugmentationPipeline augmentationPipeline() {
        return augmentation.equals(AugmentationPresets.CUSTOM)
                ? AugmentationText.parse(augmentationSpec)
                : AugmentationPresets.named(augmentation);
    }
}
