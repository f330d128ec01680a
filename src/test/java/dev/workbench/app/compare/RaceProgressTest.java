package dev.workbench.app.compare;

import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How lane events become one update per frame, and lane states one race phase. */
class RaceProgressTest {

    @Test
    void aFramesEventsAreSortedByLane() {
        RaceEventQueue queue = new RaceEventQueue();
        queue.onEvent(1, iteration(1));
        queue.onEvent(0, iteration(1));
        queue.onEvent(1, iteration(2));
        queue.onEvent(7, iteration(1));
        queue.onEvent(0, new RunEvent.StateChanged(RunState.READY, RunState.RUNNING));
        RaceUpdate update = RaceUpdate.of(2, queue.drain());
        assertEquals(2, update.laneCount());
        assertEquals(1, update.lane(0).iterations().size());
        assertEquals(List.of(1L, 2L), update.lane(1).iterations().stream().map(IterationMetrics::iteration).toList());
        assertEquals(RunState.RUNNING, update.lane(0).state());
        assertTrue(update.hasMilestones());
        assertTrue(queue.drain().isEmpty(), "drained once");
        assertFalse(RaceUpdate.of(2, List.of(new LaneEvent(0, iteration(3)))).hasMilestones());
    }

    @Test
    void theRacePhaseFollowsItsLanes() {
        assertEquals(RacePhase.RUNNING, RacePhase.of(List.of(RunState.READY, RunState.READY)));
        assertEquals(RacePhase.RUNNING, RacePhase.of(List.of(RunState.PAUSED, RunState.RUNNING)));
        assertEquals(RacePhase.PAUSED, RacePhase.of(List.of(RunState.PAUSED, RunState.FAILED)));
        assertEquals(RacePhase.OVER, RacePhase.of(List.of(RunState.FINISHED, RunState.FAILED, RunState.STOPPED)));
        assertTrue(RacePhase.OVER.canStart());
        assertFalse(RacePhase.PREPARING.canStart());
        assertTrue(RacePhase.PREPARING.canStop());
    }

    @Test
    void resultsGoNextToTheLosses() {
        assertEquals(java.nio.file.Path.of("out", "race-results.csv"),
                RaceExport.resultsFileFor(java.nio.file.Path.of("out", "race-losses.csv")));
        assertEquals(java.nio.file.Path.of("cnn-race-2025-results.csv"),
                RaceExport.resultsFileFor(java.nio.file.Path.of("cnn-race-2025.csv")));
    }

    private static IterationMetrics iteration(long i) {
        return new IterationMetrics(1, 1, i, 10, 2.0, java.util.Map.of(), 100, 1, i * 0.01);
    }
}
