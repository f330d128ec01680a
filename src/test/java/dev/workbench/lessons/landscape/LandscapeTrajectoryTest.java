package dev.workbench.lessons.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.optim.OptimizerKind;
import dev.workbench.lessons.schedule.ScheduleSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LandscapeTrajectoryTest {
    private final Landscape bowl = new IllConditionedBowl();

    @Test
    void startsWithTheStartPointAndItsLoss() {
        OptimizerTrajectory trajectory = OptimizerTrajectory.of(bowl, OptimizerConfig.of(OptimizerKind.SGD, 0.01));
        assertEquals(List.of(new TrajectoryPoint(0, -9, 3, bowl.value(-9, 3))), trajectory.path());
        assertEquals(0, trajectory.iteration());
        assertFalse(trajectory.diverged());
        assertEquals("SGD (lr 0.01)", trajectory.label());
    }

    @Test
    void hugeLearningRateDivergesAndIsFlagged() {
        // On the bowl SGD multiplies y by (1 − 25η) each step: η = 10 gives a factor of −249.
        OptimizerTrajectory trajectory = OptimizerTrajectory.of(bowl, OptimizerConfig.of(OptimizerKind.SGD, 10));
        int recorded = trajectory.run(100);
        assertTrue(trajectory.diverged());
        assertTrue(recorded < 5, "stopped after " + recorded + " steps");
        assertEquals(recorded + 1, trajectory.path().size(), "the diverging step is not recorded");
        assertEquals(recorded + 1, trajectory.iteration(), "but it was applied");
        assertTrue(trajectory.path().stream().allMatch(p -> Math.hypot(p.x(), p.y()) <= 1e6));
    }

    @Test
    void stepOverflowingToInfinityCountsAsDivergence() {
        // 25 · 3 · 1e307 overflows: y becomes −∞ on the first step.
        OptimizerTrajectory trajectory = OptimizerTrajectory.of(bowl, OptimizerConfig.of(OptimizerKind.SGD, 1e307));
        assertFalse(trajectory.step());
        assertTrue(trajectory.diverged());
        assertEquals(1, trajectory.path().size());
    }

    @Test
    void nonFiniteGradientCountsAsDivergence() {
        Landscape cliff = new SlopeWithCliff();
        OptimizerTrajectory trajectory = OptimizerTrajectory.of(cliff, OptimizerConfig.of(OptimizerKind.SGD, 0.6));
        assertEquals(2, trajectory.run(10), "x = 0.6 and 1.2 are recorded; the gradient at 1.2 is NaN");
        assertTrue(trajectory.diverged());
        assertEquals(2, trajectory.iteration());
    }

    @Test
    void divergedTrajectoryIgnoresFurtherSteps() {
        OptimizerTrajectory trajectory = OptimizerTrajectory.of(bowl, OptimizerConfig.of(OptimizerKind.SGD, 10));
        trajectory.run(100);
        List<TrajectoryPoint> frozen = trajectory.path();
        int iterations = trajectory.iteration();
        assertFalse(trajectory.step());
        assertEquals(frozen, trajectory.path());
        assertEquals(iterations, trajectory.iteration());
    }

    @Test
    void stableLearningRateConvergesWithoutFlag() {
        OptimizerTrajectory trajectory = OptimizerTrajectory.of(bowl, OptimizerConfig.of(OptimizerKind.SGD, 0.07));
        assertEquals(500, trajectory.run(500));
        assertFalse(trajectory.diverged());
        assertTrue(trajectory.head().loss() < 1e-6, "loss " + trajectory.head().loss());
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyOptimizerDescendsTheBowl(OptimizerKind kind) {
        OptimizerConfig config = kind.hasLearningRate() ? OptimizerConfig.of(kind, 0.05) : OptimizerConfig.defaults(kind);
        OptimizerTrajectory trajectory = OptimizerTrajectory.of(bowl, config);
        trajectory.run(300);
        assertFalse(trajectory.diverged(), kind.name());
        assertTrue(trajectory.head().loss() < 0.5 * trajectory.path().get(0).loss(),
                kind + " went from " + trajectory.path().get(0).loss() + " to " + trajectory.head().loss());
    }

    @Test
    void learningRateScheduleDrivesTheStepSize() {
        // With exponential decay γ = 0.5 the SGD step on x shrinks by half each iteration on top of
        // the bowl's own contraction: x₁ = x₀(1 − η), x₂ = x₁(1 − η/2).
        double lr = 0.1;
        OptimizerConfig sgd = OptimizerConfig.of(OptimizerKind.SGD, lr);
        var schedule = ScheduleSpec.exponential(lr, 0.5).toSchedule();
        OptimizerTrajectory trajectory =
                new OptimizerTrajectory(bowl, sgd.toUpdater(schedule), bowl.start(), sgd.label());
        trajectory.run(2);
        double x1 = -9 * (1 - lr);
        double x2 = x1 * (1 - lr / 2);
        assertEquals(x1, trajectory.path().get(1).x(), 1e-12);
        assertEquals(x2, trajectory.path().get(2).x(), 1e-12);
    }

    @Test
    void rejectsNonFiniteStart() {
        OptimizerConfig sgd = OptimizerConfig.of(OptimizerKind.SGD, 0.1);
        assertThrows(IllegalArgumentException.class,
                () -> OptimizerTrajectory.of(bowl, sgd, new Vec2(Double.NaN, 0)));
    }

    /** f = −x, whose gradient is undefined past x = 1. */
    private static final class SlopeWithCliff implements Landscape {
        @Override
        public String name() {
            return "cliff";
        }

        @Override
        public String label() {
            return "Cliff";
        }

        @Override
        public String description() {
            return "A slope that ends in a cliff.";
        }

        @Override
        public double value(double x, double y) {
            return -x;
        }

        @Override
        public Vec2 gradient(double x, double y) {
            return x < 1 ? new Vec2(-1, 0) : new Vec2(Double.NaN, Double.NaN);
        }

        @Override
        public ViewWindow window() {
            return new ViewWindow(-1, 2, -1, 1);
        }

        @Override
        public Vec2 start() {
            return new Vec2(0, 0);
        }

        @Override
        public List<Vec2> minima() {
            return List.of();
        }
    }
}
