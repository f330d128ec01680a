package dev.workbench.lessons.mlp;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.race.ComparisonLanes;
import dev.workbench.lessons.race.Race;
import dev.workbench.lessons.race.RaceResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MlpLessonsTest {
    @Test
    void everyComparisonOfEveryLessonHasValidLanes() {
        for (Lesson lesson : LessonCatalog.all()) {
            for (Comparison comparison : lesson.comparisons()) {
                assertEquals(comparison.lanes().size(),
                        ComparisonLanes.of(lesson, comparison, Map.of(), Settings.DEFAULT_SEED).size(), comparison.id());
            }
        }
    }

    @Test
    void learningRateComparisonShowsSlowGoodAndDivergentRuns() throws Exception {
        NativeSetup.configure();
        Lesson lesson = MlpLesson.learningRate();
        Comparison rates = ComparisonLanes.find(lesson, "rates");
        try (Race race = Race.prepare(lesson, ComparisonLanes.of(lesson, rates, Map.of("epochs", "2"), 1))) {
            race.start();
            assertTrue(race.awaitEnd(Duration.ofMinutes(3)));
            List<RaceResult> results = race.results(0.6);
            RaceResult tooLow = results.get(0);
            RaceResult good = results.get(1);
            RaceResult divergent = results.get(3);
            assertTrue(good.finalValue("validation-accuracy") > 0.70, "good rate learns: " + good);
            assertTrue(tooLow.finalValue("train-loss") > good.finalValue("train-loss") + 0.3, "too low a rate is slow: " + tooLow);
            assertFalse(good.diverged());
            assertTrue(divergent.diverged(), "a learning rate of 5 blows up: " + divergent);
            assertTrue(divergent.failure().contains("learning rate 5"), divergent.failure());
        }
    }

    @Test
    void fullBatchMakesOneUpdatePerEpoch() throws Exception {
        NativeSetup.configure();
        Lesson lesson = MlpLesson.batchSize();
        Settings settings = lesson.validate(Map.of("batch-size", "2000", "train-images", "2000"), 1).orElseThrow();
        try (MlpSession session = (MlpSession) lesson.prepare(settings)) {
            assertEquals(1, session.iterationsPerEpoch());
            assertEquals(2000, session.samplesPerIteration());
        }
        Settings sgd = lesson.validate(Map.of("batch-size", "1", "train-images", "500"), 1).orElseThrow();
        try (MlpSession session = (MlpSession) lesson.prepare(sgd)) {
            assertEquals(500, session.iterationsPerEpoch());
        }
    }
}
