package dev.workbench.lessons.race;

import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.cnn.CnnSession;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.optim.LrRangeTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class LrRangeTestTest {
    @Test
    void sweepFindsARateBetweenTooSmallAndTooLarge() throws Exception {
        NativeSetup.configure();
        CnnLesson lesson = new CnnLesson();
        try (CnnSession session = lesson.prepare(lesson.validate(Map.of("optimizer", "sgd"), 1).orElseThrow())) {
            LrRangeTest.Result result = LrRangeTest.run(session, 1e-5, 10, 120);
            double[] rates = result.learningRates();
            double[] losses = result.losses();
            assertTrue(rates.length >= 60, "the sweep runs until the loss blows up: " + rates.length);
            for (int i = 1; i < rates.length; i++) {
                assertTrue(rates[i] > rates[i - 1]);
            }
            assertTrue(result.suggested() > 1e-3 && result.suggested() < 1,
                    "SGD on LeNet likes rates around 0.01-0.1, suggested " + result.suggested());
            double min = java.util.Arrays.stream(losses).min().orElseThrow();
            // The sweep starts near ln 10 = 2.3 (a fresh network is unsure) and is short: plain SGD
            // only begins to leave that plateau before the rate grows too large.
            assertTrue(min < losses[0] * 0.95, "the loss falls somewhere in the sweep: from " + losses[0] + " to " + min
                    + " " + java.util.Arrays.toString(losses));
        }
    }
}
