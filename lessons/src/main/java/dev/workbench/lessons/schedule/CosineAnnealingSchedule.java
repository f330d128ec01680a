package dev.workbench.lessons.schedule;

import java.util.Objects;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Cosine annealing without restarts (Loshchilov and Hutter, 2017), which ND4J lacks:
 * {@code η(i) = η_min + ½·(η₀ − η_min)·(1 + cos(π·i/T))} for {@code i < T}, then {@code η_min}.
 * Counts iterations; the epoch argument is ignored.
 */
public final class CosineAnnealingSchedule implements ISchedule {
    private final double initialValue;
    private final double minValue;
    private final int period;

    /**
     * @param initialValue value at iteration 0
     * @param minValue     value reached at iteration {@code period} and kept afterwards
     * @param period       iterations of the half cosine, at least 1
     */
    @JsonCreator
    public CosineAnnealingSchedule(@JsonProperty("initialValue") double initialValue,
            @JsonProperty("minValue") double minValue, @JsonProperty("period") int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, was " + period);
        }
        this.initialValue = initialValue;
        this.minValue = minValue;
        this.period = period;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        if (iteration >= period) {
            return minValue;
        }
        return minValue + 0.5 * (initialValue - minValue) * (1 + Math.cos(Math.PI * iteration / period));
    }

    public double getInitialValue() {
        return initialValue;
    }

    public double getMinValue() {
        return minValue;
    }

    public int getPeriod() {
        return period;
    }

    @Override
    public CosineAnnealingSchedule clone() {
        return new CosineAnnealingSchedule(initialValue, minValue, period);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosineAnnealingSchedule other
                && Double.compare(initialValue, other.initialValue) == 0
                && Double.compare(minValue, other.minValue) == 0
                && period == other.period;
    }

    @Override
    public int hashCode() {
        return Objects.hash(initialValue, minValue, period);
    }

    @Override
    public String toString() {
        return "CosineAnnealingSchedule(initialValue=" + initialValue + ", minValue=" + minValue + ", period="
                + period + ")";
    }
}
