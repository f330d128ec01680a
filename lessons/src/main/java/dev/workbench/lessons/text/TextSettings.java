package dev.workbench.lessons.text;

import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.Objects;

/**
 * Typed view of the text lesson's validated settings.
 *
 * @param textFile     the text to learn from: a file name in {@code dataDir}, or a path
 * @param dataDir      folder of {@code textFile}, or empty for the shipped {@code datasets/text/}
 * @param temperature  of the samples the run writes (live views, command line)
 * @param prime        the text every sample starts from
 * @param sampleLength characters a sample adds after the prime
 */
public record TextSettings(String textFile, String dataDir, int hidden, int layers, int sequenceLength, int batchSize,
                           int epochs, int iterationsPerEpoch, TrainingOptimizer optimizer, double temperature,
                           String prime, int sampleLength, long seed) {
    public TextSettings {
        Objects.requireNonNull(textFile, "textFile");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(prime, "prime");
        if (hidden < 1 || layers < 1 || layers > 2 || sequenceLength < 2 || batchSize < 1 || epochs < 1
                || iterationsPerEpoch < 1 || !(temperature > 0) || sampleLength < 1) {
            throw new IllegalArgumentException("hidden >= 1, layers 1-2, sequence >= 2, batch >= 1, epochs >= 1, "
                    + "iterations >= 1, temperature > 0, sample length >= 1");
        }
    }

    public static TextSettings from(Settings settings) {
        return new TextSettings(
                settings.text(TextLesson.TEXT_FILE).strip(),
                settings.text(TextLesson.DATA_DIR).strip(),
                settings.integer(TextLesson.HIDDEN),
                settings.integer(TextLesson.LAYERS),
                settings.integer(TextLesson.SEQUENCE_LENGTH),
                settings.integer(TextLesson.BATCH_SIZE),
                settings.integer(TextLesson.EPOCHS),
                settings.integer(TextLesson.ITERATIONS),
                TrainingOptimizer.from(settings),
                settings.decimal(TextLesson.TEMPERATURE),
                settings.text(TextLesson.PRIME),
                settings.integer(TextLesson.SAMPLE_LENGTH),
                settings.seed());
    }
}
