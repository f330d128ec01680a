package dev.workbench.lessons.schedule;

import java.util.Objects;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Polynomial decay as Caffe and TensorFlow define it:
 * {@code η(i) = η_end + (η₀ − η_end)·(1 − i/T)^p} for {@code i < T}, then {@code η_end}.
 * Counts iterations; the epoch argument is ignored.
 *
 * <p>Not ND4J's {@code PolySchedule}: in 1.0.0-M2.1 it computes {@code η₀·(1 + i/T)^p} (its Javadoc
 * promises a negative exponent), so a positive power makes the rate grow and then drop to 0 at T.
 */
public final class PolyDecaySchedule implements ISchedule {
    private final double initialValue;
    private final double endValue;
    private final double power;
    private final int maxIterations;

    /**
     * @param initialValue  value at iteration 0
     * @param endValue      value reached at {@code maxIterations} and kept afterwards
     * @param power         exponent p, positive
     * @param maxIterations T, at least 1
     */
    @JsonCreator
    public PolyDecaySchedule(@JsonProperty("initialValue") double initialValue,
            @JsonProperty("endValue") double endValue, @JsonProperty("power") double power,
            @JsonProperty("maxIterations") int maxIterations) {
        if (!(power > 0) || Double.isInfinite(power)) {
            throw new IllegalArgumentException("power must be finite and > 0, was " + power);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
        }
        this.initialValue = initialValue;
        this.endValue = endValue;
        this.power = power;
        this.maxIterations = maxIterations;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        if (iteration >= maxIterations) {
            return endValue;
        }
        return endValue + (initialValue - endValue) * Math.pow(1 - (double) iteration / maxIterations, power);
    }

    public double getInitialValue() {
        return initialValue;
    }

    public double getEndValue() {
        return endValue;
    }

    public double getPower() {
        return power;
    }

    public int getMaxIterations() {
        return maxIterations;
    }

    @Override
    public PolyDecaySchedule clone() {
        return new PolyDecaySchedule(initialValue, endValue, power, maxIterations);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolyDecaySchedule other
                && Double.compare(initialValue, other.initialValue) == 0
                && Double.compare(endValue, other.endValue) == 0
                && Double.compare(power, other.power) == 0
                && maxIterations == other.maxIterations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(initialValue, endValue, power, maxIterations);
    }

    @Override
    public String toString() {
        return "PolyDecaySchedule(initialValue=" + initialValue + ", endValue=" + endValue + ", power=" + power
                + ", maxIterations=" + maxIterations + ")";
    }
}
