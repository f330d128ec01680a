package dev.workbench.lessons.sequences;

import dev.workbench.lessons.kit.RecurrentCell;
import dev.workbench.lessons.augment.series.SeriesAugmentation;
import dev.workbench.lessons.augment.series.SeriesAugmentationText;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.Objects;

/**
 * Typed view of the sequences lesson's validated settings.
 *
 * @param dataDir folder holding the series files, or empty for the shipped {@code datasets/series/}
 */
public record SequencesSettings(ShippedSeries series, RecurrentCell cell, int window, int horizon, int hidden, int layers,
                                TrainingOptimizer optimizer, int batchSize, int epochs, SeriesAugmentation augmentation,
                                String dataDir, long seed) {
    public SequencesSettings {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(augmentation, "augmentation");
        Objects.requireNonNull(dataDir, "dataDir");
        if (window < 2 || horizon < 1 || hidden < 1 || layers < 1 || layers > 2 || batchSize < 1 || epochs < 1) {
            throw new IllegalArgumentException("window >= 2, horizon >= 1, hidden >= 1, layers 1-2, batch >= 1, epochs >= 1: "
                    + window + ", " + horizon + ", " + hidden + ", " + layers + ", " + batchSize + ", " + epochs);
        }
    }

    public static SequencesSettings from(Settings settings) {
        return new SequencesSettings(
                ShippedSeries.named(settings.choice(SequencesLesson.SERIES)),
                RecurrentCell.named(settings.choice(SequencesLesson.CELL)),
                settings.integer(SequencesLesson.WINDOW),
                settings.integer(SequencesLesson.HORIZON),
                settings.integer(SequencesLesson.HIDDEN),
                settings.integer(SequencesLesson.LAYERS),
                TrainingOptimizer.from(settings),
                settings.integer(SequencesLesson.BATCH_SIZE),
                settings.integer(SequencesLesson.EPOCHS),
                SeriesAugmentationText.parse(settings.text(SequencesLesson.AUGMENTATION)),
                settings.text(SequencesLesson.DATA_DIR).strip(),
                settings.seed());
    }
}
