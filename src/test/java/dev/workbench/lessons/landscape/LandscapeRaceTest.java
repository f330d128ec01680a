package dev.workbench.lessons.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.optim.OptimizerConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class LandscapeRaceTest {
    private final Landscape rosenbrock = new Rosenbrock();

    @Test
    void allLanesStartTogetherAndAdvanceInLockstep() {
        LandscapeRace race = LandscapeRace.of(rosenbrock,
                OptimizerConfig.parseList("sgd:0.001,momentum:0.0005,nesterov:0.0005,adam:0.02"));
        RaceFrame start = race.frame();
        assertEquals(0, start.step());
        assertTrue(start.lanes().stream().allMatch(lane -> lane.head().position().equals(rosenbrock.start())));

        for (int step = 1; step <= 25; step++) {
            RaceFrame frame = race.step();
            assertEquals(step, frame.step());
            for (LaneState lane : frame.lanes()) {
                assertEquals(step, lane.head().step(), lane.label());
            }
        }
        for (int lane = 0; lane < race.laneCount(); lane++) {
            assertEquals(26, race.path(lane).size());
        }
        assertEquals(25, race.stepCount());
    }

    @Test
    void lanesTakeTheirOwnPaths() {
        LandscapeRace race = LandscapeRace.of(rosenbrock, OptimizerConfig.parseList("momentum:0.0005,nesterov:0.0005"));
        race.run(20);
        assertNotEquals(race.path(0).get(20), race.path(1).get(20), "heavy-ball and Nesterov differ");
        assertEquals(race.path(0).get(0), race.path(1).get(0));
    }

    @Test
    void aDivergedLaneStopsWhileTheOthersContinue() {
        LandscapeRace race = LandscapeRace.of(new IllConditionedBowl(), OptimizerConfig.parseList("sgd:10,sgd:0.05"));
        RaceFrame frame = race.run(30);
        assertEquals(30, frame.step());
        LaneState wild = frame.lanes().get(0);
        LaneState tame = frame.lanes().get(1);
        assertTrue(wild.diverged());
        assertTrue(wild.head().step() < 5);
        assertFalse(tame.diverged());
        assertEquals(30, tame.head().step());
        assertFalse(frame.allDiverged());
    }

    @Test
    void runStopsEarlyOnceEveryLaneDiverged() {
        LandscapeRace race = LandscapeRace.of(new IllConditionedBowl(), OptimizerConfig.parseList("sgd:10,sgd:20"));
        RaceFrame frame = race.run(1000);
        assertTrue(frame.allDiverged());
        assertTrue(frame.step() < 10, "stopped at " + frame.step());
    }

    @Test
    void aRaceStopsOnceEveryLaneHasArrivedAndTheFirstToArriveLeads() {
        LandscapeRace race = LandscapeRace.of(new IllConditionedBowl(), OptimizerConfig.parseList("sgd:0.05,nesterov:0.01"));
        RaceFrame frame = race.run(5000);
        assertTrue(frame.allSettled(), "both reach the bowl's minimum");
        assertTrue(frame.step() < 5000, "no steps after everyone arrived: stopped at " + frame.step());
        LaneState sgd = frame.lanes().get(0);
        LaneState nesterov = frame.lanes().get(1);
        assertTrue(sgd.arrivedAt() > 0 && nesterov.arrivedAt() > 0);
        assertEquals(frame.step(), Math.max(sgd.arrivedAt(), nesterov.arrivedAt()), "it stops when the last one arrives");
        for (LaneState lane : frame.lanes()) {
            assertTrue(lane.head().loss() <= Arrival.LOSS_TOLERANCE, lane.label() + " " + lane.head().loss());
        }
        int first = sgd.arrivedAt() < nesterov.arrivedAt() ? 0 : 1;
        assertEquals(List.of(first), frame.leaders(), "below the tolerance the first to arrive leads, whatever the losses");
    }

    @Test
    void lanesAtTheMinimumTieOnLossAndRankByWhenTheyArrived() {
        // 6e-64 against 4e-43 is rounding noise: the lane that got there first leads.
        assertEquals(List.of(1), Arrival.leaders(List.of(new Arrival.Standing(6e-64, false, 50),
                new Arrival.Standing(4e-43, false, 30))));
        assertEquals(List.of(0, 1), Arrival.leaders(List.of(new Arrival.Standing(6e-64, false, 30),
                new Arrival.Standing(4e-43, false, 30))), "arrived at the same step: a tie");
        assertEquals(List.of(0), Arrival.leaders(List.of(new Arrival.Standing(1e-3, false, -1),
                new Arrival.Standing(2e-3, false, -1), new Arrival.Standing(1e-5, true, -1))),
                "until someone arrives the lowest loss leads; a diverged lane never does");
        assertEquals(List.of(2), Arrival.leaders(List.of(new Arrival.Standing(1e-3, false, -1),
                new Arrival.Standing(Double.NaN, true, -1), new Arrival.Standing(5e-11, false, 400))));
        Arrival bowl = Arrival.on(new IllConditionedBowl());
        assertTrue(bowl.arrived(9e-11) && !bowl.arrived(2e-10));
        Arrival saddle = Arrival.on(new SaddlePoint());
        assertTrue(saddle.arrived(-0.25) && !saddle.arrived(0), "the valleys (f = -1/4) count, the saddle (f = 0) does not");
    }

    @Test
    void framesCarryTheLegendLabels() {
        LandscapeRace race = LandscapeRace.of(rosenbrock, OptimizerConfig.parseList("adam:0.01,adadelta"));
        assertEquals(List.of("Adam (lr 0.01)", "AdaDelta"),
                race.frame().lanes().stream().map(LaneState::label).toList());
    }

    @Test
    void needsAtLeastOneOptimizer() {
        assertThrows(IllegalArgumentException.class, () -> LandscapeRace.of(rosenbrock, List.of()));
    }
}
