package dev.workbench.lessons.memory;

import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.kit.RecurrentCell;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.Objects;

/** Typed view of the long-memory lesson's validated settings. */
public record LongMemorySettings(RecurrentCell cell, int lag, int hidden, double forgetBias, int steps, int batchSize,
                                 TrainingOptimizer optimizer, long seed) {
    public LongMemorySettings {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(optimizer, "optimizer");
        if (lag < 1 || hidden < 1 || steps < 1 || batchSize < 1) {
            throw new IllegalArgumentException("lag, hidden, steps and batch must be >= 1: " + lag + ", " + hidden + ", "
                    + steps + ", " + batchSize);
        }
    }

    public static LongMemorySettings from(Settings settings) {
        return new LongMemorySettings(RecurrentCell.named(settings.choice(LongMemoryLesson.CELL)),
                settings.integer(LongMemoryLesson.LAG), settings.integer(LongMemoryLesson.HIDDEN),
                settings.decimal(LongMemoryLesson.FORGET_BIAS),
                settings.integer(LongMemoryLesson.STEPS), settings.integer(LongMemoryLesson.BATCH_SIZE),
                TrainingOptimizer.from(settings), settings.seed());
    }

    /** Evaluations happen every this many updates; the last block may run past {@link #steps()}. */
    public int stepsPerEpoch() {
        return Math.min(steps, LongMemoryLesson.STEPS_PER_EVALUATION);
    }

    public int epochs() {
        return (steps + stepsPerEpoch() - 1) / stepsPerEpoch();
    }
}
