package dev.workbench.app.charts;

/**
 * Exponential moving average with bias correction (as TensorBoard smooths curves), so the first
 * values are not pulled towards zero.
 */
public final class ExponentialSmoother {
    private final double weight;
    private double average;
    private long count;

    /** @param weight how much of the previous average each step keeps, in [0, 1) */
    public ExponentialSmoother(double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("weight must be in [0, 1): " + weight);
        }
        this.weight = weight;
    }

    /** Adds a value and returns the smoothed value; non-finite values are skipped. */
    public double add(double value) {
        if (!Double.isFinite(value)) {
            return current();
        }
        average = weight * average + (1 - weight) * value;
        count++;
        return current();
    }

    public double current() {
        return count == 0 ? Double.NaN : average / (1 - Math.pow(weight, count));
    }

    public void reset() {
        average = 0;
        count = 0;
    }
}
