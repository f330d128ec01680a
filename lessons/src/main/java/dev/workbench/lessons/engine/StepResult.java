package dev.workbench.lessons.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one update reports: the training loss, and any further per-iteration values the lesson
 * declared (a GAN's discriminator and generator losses, a gradient ratio...).
 */
public record StepResult(double loss, Map<String, Double> values) {
    public StepResult {
        values = Map.copyOf(values);
    }

    public static StepResult of(double loss) {
        return new StepResult(loss, Map.of());
    }

    public static StepResult of(double loss, String id, double value) {
        return new StepResult(loss, Map.of(id, value));
    }

    /** The value of a declared per-iteration metric, NaN if this step did not report it. */
    public double value(String id) {
        if (id.equals(Metrics.LOSS.id())) {
            return loss;
        }
        Double value = values.get(id);
        return value == null ? Double.NaN : value;
    }

    /** Every value including the loss, in a stable order. */
    public Map<String, Double> all() {
        Map<String, Double> all = new LinkedHashMap<>();
        all.put(Metrics.LOSS.id(), loss);
        all.putAll(new java.util.TreeMap<>(values));
        return all;
    }
}
