package dev.workbench.lessons.landscape;

import dev.workbench.lessons.optim.OptimizerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One optimizer walking a landscape, one update per {@link #step()}, with ND4J's own updater code: the
 * point is a 1×2 parameter array, the gradient goes through {@code GradientUpdater.applyUpdater} (which
 * turns it into the update in place) and is subtracted, exactly as DL4J updates a layer's weights.
 *
 * <p>Arrays are DOUBLE so paths can be checked against hand-computed updates. A step that leaves the
 * finite numbers or the {@link #DIVERGENCE_RADIUS} marks the trajectory diverged and is not recorded;
 * later steps do nothing. Not thread-safe: ND4J arrays belong to the thread that steps them.
 */
public final class OptimizerTrajectory {
    /** Distance from the origin beyond which a trajectory counts as diverged. */
    public static final double DIVERGENCE_RADIUS = 1e6;

    private static final Logger LOG = LoggerFactory.getLogger(OptimizerTrajectory.class);
    private static final int EPOCH = 0;

    private final Landscape landscape;
    private final String label;
    private final GradientUpdater<?> updater;
    private final INDArray params;
    private final INDArray gradient;
    private final List<TrajectoryPoint> path = new ArrayList<>();
    private int iteration;
    private boolean diverged;

    /**
     * @param landscape the function to descend
     * @param updater   ND4J updater config; a fresh updater state is created from it
     * @param start     the starting point, finite
     * @param label     a name for legends
     */
    public OptimizerTrajectory(Landscape landscape, IUpdater updater, Vec2 start, String label) {
        this.landscape = Objects.requireNonNull(landscape, "landscape");
        this.label = Objects.requireNonNull(label, "label");
        Objects.requireNonNull(updater, "updater");
        if (!start.isFinite()) {
            throw new IllegalArgumentException("start must be finite, was " + start);
        }
        this.params = Nd4j.createFromArray(new double[][] {{start.x(), start.y()}});
        this.gradient = Nd4j.zeros(DataType.DOUBLE, 1, 2);
        long stateSize = updater.stateSize(params.length());
        // SGD keeps no state and refuses a view array.
        INDArray stateView = stateSize == 0 ? null : Nd4j.zeros(DataType.DOUBLE, 1, stateSize);
        this.updater = updater.instantiate(stateView, true);
        path.add(new TrajectoryPoint(0, start.x(), start.y(), landscape.value(start)));
    }

    /** The optimizer from {@code config}, starting at the landscape's suggested start. */
    public static OptimizerTrajectory of(Landscape landscape, OptimizerConfig config) {
        return of(landscape, config, landscape.start());
    }

    public static OptimizerTrajectory of(Landscape landscape, OptimizerConfig config, Vec2 start) {
        return new OptimizerTrajectory(landscape, config.toUpdater(), start, config.label());
    }

    /**
     * Applies one update.
     *
     * @return true if the point moved and was recorded; false if the trajectory is or just became diverged
     */
    public boolean step() {
        if (diverged) {
            return false;
        }
        TrajectoryPoint here = head();
        Vec2 g = landscape.gradient(here.x(), here.y());
        if (!g.isFinite()) {
            return markDiverged("gradient " + g);
        }
        gradient.putScalar(0, g.x());
        gradient.putScalar(1, g.y());
        updater.applyUpdater(gradient, iteration, EPOCH);
        params.subi(gradient);
        iteration++;
        double x = params.getDouble(0);
        double y = params.getDouble(1);
        double loss = landscape.value(x, y);
        if (!(Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(loss))
                || Math.hypot(x, y) > DIVERGENCE_RADIUS) {
            return markDiverged("point (" + x + ", " + y + ") loss " + loss);
        }
        path.add(new TrajectoryPoint(iteration, x, y, loss));
        return true;
    }

    /**
     * Steps until {@code maxSteps} updates are applied or the trajectory diverges.
     *
     * @return how many points were recorded
     */
    public int run(int maxSteps) {
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must be >= 0, was " + maxSteps);
        }
        int recorded = 0;
        while (recorded < maxSteps && step()) {
            recorded++;
        }
        return recorded;
    }

    public String label() {
        return label;
    }

    public Landscape landscape() {
        return landscape;
    }

    /** The recorded points, the start first. */
    public List<TrajectoryPoint> path() {
        return List.copyOf(path);
    }

    /** The latest recorded point. */
    public TrajectoryPoint head() {
        return path.get(path.size() - 1);
    }

    /** Updates applied so far, including one that diverged. */
    public int iteration() {
        return iteration;
    }

    public boolean diverged() {
        return diverged;
    }

    private boolean markDiverged(String why) {
        diverged = true;
        LOG.debug("{} on {} diverged at iteration {}: {}", label, landscape.name(), iteration, why);
        return false;
    }
}
