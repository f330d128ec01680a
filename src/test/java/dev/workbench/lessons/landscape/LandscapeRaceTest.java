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
