package dev.workbench.lessons.cnn;

import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.race.ComparisonLanes;
import dev.workbench.lessons.race.Race;
import dev.workbench.lessons.race.RaceLane;
import dev.workbench.lessons.race.RaceResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class AugmentationLessonTest {
    @Test
    void augmentationShrinksTheGeneralizationGapOnASmallTrainingSet() throws Exception {
        NativeSetup.configure();
        CnnLesson lesson = CnnLesson.augmentation();
        Comparison comparison = ComparisonLanes.find(lesson, "with-without");
        List<RaceLane> all = ComparisonLanes.of(lesson, comparison, Map.of("epochs", "8"), 42);
        List<RaceLane> noneAndStrong = List.of(all.get(0), all.get(2));
        try (Race race = Race.prepare(lesson, noneAndStrong)) {
            race.start();
            assertTrue(race.awaitEnd(Duration.ofMinutes(5)));
            List<RaceResult> results = race.results(0.6);
            RaceResult plain = results.get(0);
            RaceResult augmented = results.get(1);
            assertTrue(plain.finalValue("train-accuracy") > 0.85, "1,000 images are easy to fit: " + plain);
            assertTrue(plain.generalizationGap() > augmented.generalizationGap() + 0.03,
                    "gap without " + plain.generalizationGap() + ", with " + augmented.generalizationGap());
        }
    }
}
