package dev.workbench.app.compare;

import dev.workbench.app.form.FormResult;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.mlp.MlpLesson;
import dev.workbench.lessons.optim.OptimizerKind;
import dev.workbench.lessons.race.RaceLane;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lanes from the form's settings and the student's choice, or one sentence saying why not. */
class RacePlannerTest {
    private static final Lesson LESSON = MlpLesson.learningRate();

    @Test
    void defaultOptimizerRowsRaceOnTheFormsSettings() {
        RaceCheck check = RacePlanner.check(LESSON, form(Map.of("epochs", "1", "train-images", "500"), 7),
                new RaceChoice.Optimizers(OptimizerRow.DEFAULTS));
        assertTrue(check.isReady(), check.problem());
        List<RaceLane> lanes = check.plan().lanes();
        assertEquals(List.of("SGD (lr 0.05)", "Momentum (lr 0.01)", "RMSProp (lr 0.001)", "Adam (lr 0.001)"),
                check.plan().labels());
        for (RaceLane lane : lanes) {
            assertEquals(1, lane.settings().integer("epochs"), "the form's epochs");
            assertEquals(500, lane.settings().integer("train-images"), "the form's training images");
            assertEquals(7, lane.settings().seed(), "the form's seed");
        }
        assertEquals("adam", lanes.get(3).settings().choice("optimizer"));
        assertEquals(0.001, lanes.get(3).settings().decimal("learning-rate"));
        assertEquals(0, check.plan().secondsBudget());
        assertFalse(check.plan().timeAxis());
    }

    @Test
    void aRateOutsideTheLessonsRangeBlocksThatRow() {
        RaceCheck check = RacePlanner.check(LESSON, form(Map.of(), Settings.DEFAULT_SEED), new RaceChoice.Optimizers(List.of(
                OptimizerRow.of(OptimizerKind.SGD, 0.05), new OptimizerRow(OptimizerKind.ADAM, "50"))));
        assertFalse(check.isReady());
        assertEquals(Set.of(1), check.rowProblems().keySet(), "only row 2 is wrong");
        assertTrue(check.problem().startsWith("lane 2: "), check.problem());
        assertTrue(check.problem().contains("between 1e-05 and 10"), check.problem());
    }

    @Test
    void textThatIsNoNumberOrNotPositiveIsExplained() {
        RaceCheck words = RacePlanner.check(LESSON, form(Map.of(), 1), new RaceChoice.Optimizers(List.of(
                new OptimizerRow(OptimizerKind.SGD, "fast"), OptimizerRow.of(OptimizerKind.ADAM, 0.001))));
        assertEquals("lane 1: the learning rate of SGD must be a number, not 'fast'", words.problem());
        RaceCheck zero = RacePlanner.check(LESSON, form(Map.of(), 1), new RaceChoice.Optimizers(List.of(
                OptimizerRow.of(OptimizerKind.SGD, 0.05), new OptimizerRow(OptimizerKind.ADAM, "0"))));
        assertEquals("lane 2: the learning rate of Adam must be above 0, not 0", zero.problem());
        assertEquals(Set.of(1), zero.rowProblems().keySet());
    }

    @Test
    void identicalLanesAndTooFewLanesCannotRace() {
        RaceCheck same = RacePlanner.check(LESSON, form(Map.of(), 1), new RaceChoice.Optimizers(List.of(
                OptimizerRow.of(OptimizerKind.ADAM, 0.001), new OptimizerRow(OptimizerKind.ADAM, "0.0010"))));
        assertEquals("lane 2 is the same as lane 1: change its optimizer or learning rate", same.problem());
        RaceCheck lonely = RacePlanner.check(LESSON, form(Map.of(), 1),
                new RaceChoice.Optimizers(List.of(OptimizerRow.of(OptimizerKind.ADAM, 0.001))));
        assertEquals("a race needs 2 to 5 lanes, not 1", lonely.problem());
    }

    @Test
    void optimizersWithoutALearningRateIgnoreTheirRateText() {
        RaceCheck check = RacePlanner.check(LESSON, form(Map.of(), 1), new RaceChoice.Optimizers(List.of(
                new OptimizerRow(OptimizerKind.ADADELTA, "whatever"), OptimizerRow.of(OptimizerKind.SGD, 0.05))));
        assertTrue(check.isReady(), check.problem());
        assertEquals("AdaDelta", check.plan().labels().get(0));
    }

    @Test
    void readyMadeComparisonsKeepTheirBudgetAndAxis() {
        Lesson batchSize = MlpLesson.batchSize();
        Comparison batches = batchSize.comparisons().get(0);
        RaceCheck check = RacePlanner.check(batchSize, form(batchSize, Map.of("epochs", "3"), 1), new RaceChoice.ReadyMade(batches));
        assertTrue(check.isReady(), check.problem());
        assertEquals(batches.title(), check.plan().title());
        assertEquals(8.0, check.plan().secondsBudget());
        assertTrue(check.plan().timeAxis());
        assertEquals(1000, check.plan().lanes().get(0).settings().integer("epochs"), "the comparison's overrides win");
        assertEquals(1, check.plan().lanes().get(0).settings().integer("batch-size"));
    }

    @Test
    void invalidSettingsBlockEveryRace() {
        FormResult broken = new FormResult(null, Map.of("epochs", "Epochs must be between 1 and 1000, not 0"));
        RaceCheck check = RacePlanner.check(LESSON, broken, new RaceChoice.ReadyMade(LESSON.comparisons().get(0)));
        assertEquals("fix the settings first: Epochs must be between 1 and 1000, not 0", check.problem());
    }

    @Test
    void rawValuesGiveBackTheSameSettings() {
        Settings settings = form(Map.of("learning-rate", "0.000123456789"), 3).settings();
        Map<String, String> raw = RacePlanner.rawValues(LESSON, settings);
        assertEquals(settings, LESSON.validate(raw, 3).orElseThrow());
    }

    private static FormResult form(Map<String, String> values, long seed) {
        return form(LESSON, values, seed);
    }

    private static FormResult form(Lesson lesson, Map<String, String> values, long seed) {
        return new FormResult(lesson.validate(values, seed).orElseThrow(), Map.of());
    }
}
