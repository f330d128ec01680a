package dev.workbench.app.landscape;

import dev.workbench.lessons.landscape.Arrival;
import dev.workbench.lessons.optim.OptimizerConfig;

import java.util.Arrays;

/**
 * One optimizer's path as far as it has been computed, on the FX thread: point {@code i} is where it
 * stood after {@code i} steps (point 0 is the start). A diverged lane stops growing.
 */
public final class LaneTrack {
    private final OptimizerConfig config;
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private double[] losses = new double[256];
    private int size;
    private int divergedAt = -1;
    private final Arrival arrival;
    private int arrivedAt = -1;

    LaneTrack(OptimizerConfig config, Arrival arrival, double startX, double startY, double startLoss) {
        this.config = config;
        this.arrival = arrival;
        add(startX, startY, startLoss);
    }

    public OptimizerConfig config() {
        return config;
    }

    /** Points recorded so far, the start included. */
    public int size() {
        return size;
    }

    public double x(int index) {
        return xs[index];
    }

    public double y(int index) {
        return ys[index];
    }

    public double loss(int index) {
        return losses[index];
    }

    /** The step at which this lane diverged, or -1. */
    public int divergedAt() {
        return divergedAt;
    }

    /** The step at which this lane arrived at the minimum ({@link Arrival}), or -1. */
    public int arrivedAt() {
        return arrivedAt;
    }

    /** The step at which it arrived if that is no later than {@code step}, else -1: what the legend ranks by. */
    public int arrivedBy(int step) {
        return arrivedAt >= 0 && arrivedAt <= step ? arrivedAt : -1;
    }

    /** How many points are on screen when the race shows {@code step}. */
    public int visibleCount(int step) {
        return Math.min(size, step + 1);
    }

    /** Whether the lane has diverged by {@code step}. */
    public boolean divergedBy(int step) {
        return divergedAt >= 0 && divergedAt <= step;
    }

    /**
     * Whether the last {@code points} points all lie within {@code tolerance} of the latest one, so
     * the optimizer has stopped moving visibly.
     */
    public boolean settled(int points, double tolerance) {
        if (size <= points) {
            return false;
        }
        double x = xs[size - 1];
        double y = ys[size - 1];
        for (int i = size - 1 - points; i < size - 1; i++) {
            if (Math.abs(xs[i] - x) > tolerance || Math.abs(ys[i] - y) > tolerance) {
                return false;
            }
        }
        return true;
    }

    void append(double[] triples) {
        for (int i = 0; i + 2 < triples.length; i += 3) {
            add(triples[i], triples[i + 1], triples[i + 2]);
        }
    }

    void markDiverged(int step) {
        if (divergedAt < 0 && step >= 0) {
            divergedAt = step;
        }
    }

    private void add(double x, double y, double loss) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
            losses = Arrays.copyOf(losses, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        losses[size] = loss;
        if (arrivedAt < 0 && arrival.arrived(loss)) {
            arrivedAt = size;
        }
        size++;
    }
}
