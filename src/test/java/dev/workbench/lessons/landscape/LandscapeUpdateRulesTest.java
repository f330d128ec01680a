package dev.workbench.lessons.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.optim.OptimizerKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first steps of each optimizer, taken by ND4J's updaters inside {@link OptimizerTrajectory}, against the
 * same rule written out in plain doubles the way libnd4j computes it (epsilon placement, bias correction and
 * state initialisation included).
 */
class LandscapeUpdateRulesTest {
    private static final int STEPS = 6;
    private static final double RELATIVE = 1e-6;
    /** Large enough that misplacing epsilon, or starting a state at 0 instead of epsilon, changes the path. */
    private static final double BIG_EPSILON = 0.5;

    private final Landscape rosenbrock = new Rosenbrock();
    private final Vec2 start = new Vec2(-1.2, 1.0);

    /** One optimizer's update in plain Java: gradient in, update (to subtract) out; t counts from 1. */
    private interface HandRule {
        double update(int coordinate, double gradient, int t);
    }

    @Test
    void sgdStepsMatchHandComputedUpdates() {
        double lr = 1e-3;
        assertMatches(OptimizerConfig.of(OptimizerKind.SGD, lr), (i, g, t) -> lr * g);
    }

    @Test
    void heavyBallMomentumStepsMatchHandComputedUpdates() {
        double lr = 5e-4;
        double mu = 0.9;
        double[] v = new double[2];
        OptimizerConfig config = new OptimizerConfig(OptimizerKind.MOMENTUM, lr, mu, 0.9, 0.999, 1e-8);
        assertMatches(config, (i, g, t) -> {
            v[i] = mu * v[i] - lr * g;
            return -v[i];
        });
    }

    @Test
    void nesterovStepsMatchHandComputedUpdates() {
        double lr = 5e-4;
        double mu = 0.9;
        double[] v = new double[2];
        OptimizerConfig config = new OptimizerConfig(OptimizerKind.NESTEROV, lr, mu, 0.9, 0.999, 1e-8);
        assertMatches(config, (i, g, t) -> {
            double previous = v[i];
            v[i] = mu * previous - lr * g;
            return mu * previous - (1 + mu) * v[i];
        });
    }

    @Test
    void rmsPropStepsMatchHandComputedUpdates() {
        double lr = 0.01;
        double rho = 0.95;
        double eps = BIG_EPSILON;
        double[] s = {eps, eps}; // ND4J initialises the squared-gradient average to epsilon
        OptimizerConfig config = new OptimizerConfig(OptimizerKind.RMSPROP, lr, 0.9, 0.9, rho, eps);
        assertMatches(config, (i, g, t) -> {
            s[i] = rho * s[i] + (1 - rho) * g * g;
            return lr * g / (Math.sqrt(s[i]) + eps);
        });
    }

    @Test
    void adamStepsMatchHandComputedUpdates() {
        double lr = 0.01;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = BIG_EPSILON;
        double[] m = new double[2];
        double[] v = new double[2];
        OptimizerConfig config = new OptimizerConfig(OptimizerKind.ADAM, lr, 0.9, b1, b2, eps);
        assertMatches(config, (i, g, t) -> {
            m[i] = b1 * m[i] + (1 - b1) * g;
            v[i] = b2 * v[i] + (1 - b2) * g * g;
            double alpha = lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
            return alpha * m[i] / (Math.sqrt(v[i]) + eps);
        });
    }

    @Test
    void adaGradStepsMatchHandComputedUpdates() {
        double lr = 0.05;
        double eps = BIG_EPSILON;
        // AdaGradUpdater seeds the sum with its own constant 1e-6, not the configured epsilon.
        double[] s = {1e-6, 1e-6};
        OptimizerConfig config = new OptimizerConfig(OptimizerKind.ADAGRAD, lr, 0.9, 0.9, 0.999, eps);
        assertMatches(config, (i, g, t) -> {
            s[i] += g * g;
            return lr * g / (Math.sqrt(s[i]) + eps);
        });
    }

    @Test
    void adaDeltaStepsMatchHandComputedUpdates() {
        double rho = 0.95;
        double eps = BIG_EPSILON;
        double[] msg = new double[2];
        double[] msdx = new double[2];
        OptimizerConfig config = new OptimizerConfig(OptimizerKind.ADADELTA, 1.0, 0.9, 0.9, rho, eps);
        assertMatches(config, (i, g, t) -> {
            msg[i] = rho * msg[i] + (1 - rho) * g * g;
            double dx = Math.sqrt(msdx[i] + eps) / Math.sqrt(msg[i] + eps) * g;
            msdx[i] = rho * msdx[i] + (1 - rho) * dx * dx;
            return dx;
        });
    }

    @Test
    void adaMaxStepsMatchHandComputedUpdates() {
        double lr = 0.01;
        double b1 = 0.9;
        double b2 = 0.999;
        double[] m = new double[2];
        double[] u = new double[2];
        // ND4J's AdaMax ignores epsilon: a large one must not change the path.
        OptimizerConfig config = new OptimizerConfig(OptimizerKind.ADAMAX, lr, 0.9, b1, b2, BIG_EPSILON);
        assertMatches(config, (i, g, t) -> {
            m[i] = b1 * m[i] + (1 - b1) * g;
            u[i] = Math.max(b2 * u[i], Math.abs(g)) + 1e-32;
            return lr / (1 - Math.pow(b1, t)) * m[i] / u[i];
        });
    }

    @Test
    void nadamStepsMatchHandComputedUpdates() {
        double lr = 0.01;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = BIG_EPSILON;
        double[] m = new double[2];
        double[] v = new double[2];
        OptimizerConfig config = new OptimizerConfig(OptimizerKind.NADAM, lr, 0.9, b1, b2, eps);
        assertMatches(config, (i, g, t) -> {
            m[i] = b1 * m[i] + (1 - b1) * g;
            v[i] = b2 * v[i] + (1 - b2) * g * g;
            double lookAhead = (b1 * m[i] + (1 - b1) * g) / (1 - Math.pow(b1, t));
            return lr * lookAhead / (Math.sqrt(v[i]) + eps);
        });
    }

    @Test
    void amsGradStepsMatchHandComputedUpdates() {
        double lr = 0.01;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = BIG_EPSILON;
        double[] m = new double[2];
        double[] v = new double[2];
        double[] vMax = new double[2];
        OptimizerConfig config = new OptimizerConfig(OptimizerKind.AMSGRAD, lr, 0.9, b1, b2, eps);
        assertMatches(config, (i, g, t) -> {
            m[i] = b1 * m[i] + (1 - b1) * g;
            v[i] = b2 * v[i] + (1 - b2) * g * g;
            vMax[i] = Math.max(vMax[i], v[i]);
            double alpha = lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
            return alpha * m[i] / (Math.sqrt(vMax[i]) + eps);
        });
    }

    private void assertMatches(OptimizerConfig config, HandRule rule) {
        OptimizerTrajectory trajectory = OptimizerTrajectory.of(rosenbrock, config, start);
        assertEquals(STEPS, trajectory.run(STEPS), "steps recorded");
        List<TrajectoryPoint> path = trajectory.path();

        double x = start.x();
        double y = start.y();
        for (int t = 1; t <= STEPS; t++) {
            Vec2 g = rosenbrock.gradient(x, y);
            double ux = rule.update(0, g.x(), t);
            double uy = rule.update(1, g.y(), t);
            x -= ux;
            y -= uy;
            TrajectoryPoint actual = path.get(t);
            assertEquals(t, actual.step());
            assertClose(x, actual.x(), config.kind() + " x at step " + t);
            assertClose(y, actual.y(), config.kind() + " y at step " + t);
            assertClose(rosenbrock.value(x, y), actual.loss(), config.kind() + " loss at step " + t);
        }
        assertTrue(path.get(STEPS).position().distanceTo(start) > 1e-4, "the optimizer moved");
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, RELATIVE * Math.abs(expected) + 1e-12, what);
    }
}
