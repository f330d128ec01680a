package dev.workbench.lessons.race;

import dev.workbench.lessons.engine.Metrics;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How one lane did, in the lesson's declared metrics. A value is {@code NaN} where the lane did
 * not get that far.
 *
 * @param finals                   the last value of every epoch metric (and the loss), by metric id
 * @param trainingSeconds          time the lane spent computing (its share of the CPU)
 * @param iterationsToTarget       first iteration where the smoothed ranking metric reached the target, if ever
 * @param secondsToTarget          the lane's own computing time until then
 */
public record RaceResult(String label, long iterations, Metrics metrics, Map<String, Double> finals,
                         double trainingSeconds, OptionalLong iterationsToTarget, OptionalDouble secondsToTarget,
                         boolean diverged, String failure) {
    public RaceResult {
        finals = Map.copyOf(finals);
    }

    /** The final value of a declared metric, NaN if the lane never reported it. */
    public double finalValue(String metricId) {
        Double value = finals.get(metricId);
        return value == null ? Double.NaN : value;
    }

    /** How much better the network does on what it has seen, by the lesson's declared gap. */
    public double generalizationGap() {
        return metrics.gap(this::finalValue);
    }
}
