package dev.workbench.lessons.mlp;

import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.kit.ClassifierSettings;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.Objects;

/** Typed view of an MLP lesson's validated settings: the shared classifier settings plus the hidden layer's width. */
public record MlpSettings(ClassifierSettings common, int hiddenUnits) {
    public MlpSettings {
        Objects.requireNonNull(common, "common");
    }

    public static MlpSettings from(Settings settings) {
        return new MlpSettings(ClassifierSettings.from(settings), settings.integer(MlpLesson.HIDDEN_UNITS));
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
}
