package dev.workbench.app.landscape;

import dev.workbench.lessons.landscape.Landscapes;
import dev.workbench.lessons.landscape.Vec2;
import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The race worker run synchronously: chunks of ND4J-stepped points become tracks. */
class RaceWorkerTest {

    @Test
    void chunksFillTheTracksAndADivergingLaneStopsWhileTheOthersGoOn() {
        RaceSetup setup = new RaceSetup(Landscapes.byName("rosenbrock"), new Vec2(-1.2, 1), List.of(
                OptimizerConfig.of(OptimizerKind.SGD, 0.1), OptimizerConfig.of(OptimizerKind.ADAM, 0.05)));
        RaceWorker worker = new RaceWorker(Runnable::run);
        long generation = worker.restart(setup, 120);
        RaceTracks tracks = new RaceTracks(generation, setup);
        drain(worker, tracks);

        assertEquals(120, tracks.computedSteps());
        LaneTrack sgd = tracks.lanes().get(0);
        LaneTrack adam = tracks.lanes().get(1);
        assertTrue(sgd.divergedAt() > 0, "SGD at 0.1 diverges on Rosenbrock");
        assertEquals(sgd.divergedAt(), sgd.size(), "points up to the step before it diverged");
        assertEquals(121, adam.size(), "the start and one point per step");
        assertTrue(adam.loss(120) < adam.loss(0));
        assertEquals(-1.2, adam.x(0));

        worker.want(150);
        drain(worker, tracks);
        assertEquals(150, tracks.computedSteps());
        assertEquals(151, adam.size());
    }

    @Test
    void chunksOfAnOlderRaceAreIgnored() {
        RaceSetup setup = new RaceSetup(Landscapes.byName("bowl"), new Vec2(-9, 3),
                List.of(OptimizerConfig.of(OptimizerKind.MOMENTUM, 0.01)));
        RaceWorker worker = new RaceWorker(Runnable::run);
        long old = worker.restart(setup, 10);
        RaceTracks newer = new RaceTracks(old + 1, setup);
        RaceChunk chunk = worker.poll();
        assertFalse(newer.accept(chunk));
        assertEquals(1, newer.lanes().get(0).size());
    }

    @Test
    void aRaceWhoseOptimizersHaveSettledIsExhausted() {
        RaceSetup setup = new RaceSetup(Landscapes.byName("bowl"), new Vec2(-9, 3),
                List.of(OptimizerConfig.of(OptimizerKind.NESTEROV, 0.01)));
        RaceWorker worker = new RaceWorker(Runnable::run);
        RaceTracks tracks = new RaceTracks(worker.restart(setup, 2000), setup);
        drain(worker, tracks);
        assertTrue(tracks.exhausted(), "Nesterov reaches the bowl's minimum well within 2,000 steps");
    }

    @Test
    void theWorkerStopsOnceEveryLaneHasArrivedAtTheMinimum() {
        RaceSetup setup = new RaceSetup(Landscapes.byName("bowl"), new Vec2(-9, 3), List.of(
                OptimizerConfig.of(OptimizerKind.SGD, 0.05), OptimizerConfig.of(OptimizerKind.NESTEROV, 0.01)));
        RaceWorker worker = new RaceWorker(Runnable::run);
        RaceTracks tracks = new RaceTracks(worker.restart(setup, RaceWorker.MAX_STEPS), setup);
        drain(worker, tracks);
        assertTrue(tracks.exhausted());
        int last = Math.max(tracks.lanes().get(0).arrivedAt(), tracks.lanes().get(1).arrivedAt());
        assertTrue(tracks.lanes().stream().allMatch(lane -> lane.arrivedAt() > 0), "both arrive");
        assertTrue(tracks.computedSteps() < RaceWorker.MAX_STEPS, "computed " + tracks.computedSteps() + " steps");
        assertTrue(tracks.computedSteps() - last < 25, "no more than a chunk after the last arrival: "
                + tracks.computedSteps() + " vs " + last);
    }

    private static void drain(RaceWorker worker, RaceTracks tracks) {
        for (RaceChunk chunk = worker.poll(); chunk != null; chunk = worker.poll()) {
            assertTrue(tracks.accept(chunk));
        }
    }
}
