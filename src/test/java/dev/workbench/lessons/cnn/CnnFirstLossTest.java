package dev.workbench.lessons.cnn;

import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.Settings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notes say a fresh network guesses at random among 10 classes, so training starts at a loss
 * of ln 10 = 2.30. That holds only if the output layer starts with small weights.
 */
class CnnFirstLossTest {
    /** How far the first loss may be from ln 10: a network that is unsure, not one that is confidently wrong. */
    private static final double BAND = 0.15;

    @Test
    void trainingStartsAtTheLossOfARandomGuess() throws Exception {
        NativeSetup.configure();
        CnnLesson lesson = new CnnLesson();
        for (long seed : new long[] {Settings.DEFAULT_SEED, 7}) {
            Settings settings = lesson.validate(Map.of("train-images", "640"), seed).orElseThrow();
            try (CnnSession session = (CnnSession) lesson.prepare(settings)) {
                session.startEpoch(1);
                double first = session.trainIteration();
                assertTrue(Math.abs(first - Math.log(10)) < BAND,
                        "seed " + seed + ": first loss " + first + ", the notes say ln 10 = " + Math.log(10));
            }
        }
    }
}
