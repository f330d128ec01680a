package dev.workbench.lessons.schedule;

import java.util.Objects;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Linear warm-up in front of another schedule: {@code η(i) · min(1, (i + 1)/W)}, the same values as ND4J's
 * {@code RampSchedule}. It exists because {@code RampSchedule} in 1.0.0-M2.1 has no JSON creator, so a
 * network configured with it saves but cannot be loaded back. Counts iterations.
 */
public final class LinearWarmupSchedule implements ISchedule {
    private final ISchedule baseSchedule;
    private final int warmupIterations;

    /**
     * @param baseSchedule     the curve to ramp into, evaluated at the same iteration (it is not delayed)
     * @param warmupIterations W, at least 1
     */
    @JsonCreator
    public LinearWarmupSchedule(@JsonProperty("baseSchedule") ISchedule baseSchedule,
            @JsonProperty("warmupIterations") int warmupIterations) {
        if (warmupIterations < 1) {
            throw new IllegalArgumentException("warmupIterations must be >= 1, was " + warmupIterations);
        }
        this.baseSchedule = Objects.requireNonNull(baseSchedule, "baseSchedule");
        this.warmupIterations = warmupIterations;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        double base = baseSchedule.valueAt(iteration, epoch);
        if (iteration >= warmupIterations - 1) {
            return base;
        }
        return (iteration + 1) / (double) warmupIterations * base;
    }

    public ISchedule getBaseSchedule() {
        return baseSchedule;
    }

    public int getWarmupIterations() {
        return warmupIterations;
    }

    @Override
    public LinearWarmupSchedule clone() {
        return new LinearWarmupSchedule(baseSchedule.clone(), warmupIterations);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearWarmupSchedule other
                && warmupIterations == other.warmupIterations
                && baseSchedule.equals(other.baseSchedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseSchedule, warmupIterations);
    }

    @Override
    public String toString() {
        return "LinearWarmupSchedule(baseSchedule=" + baseSchedule + ", warmupIterations=" + warmupIterations + ")";
    }
}
