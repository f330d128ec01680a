package dev.workbench.lessons.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * End-of-epoch measurements a session reports, by declared metric id ({@link MetricSpec}); a
 * metric a lesson cannot measure is simply absent (an autoencoder has no accuracy).
 */
public record EpochEvaluation(Map<String, Double> values) {
    public EpochEvaluation {
        values = Map.copyOf(values);
    }

    public static EpochEvaluation of(Map<String, Double> values) {
        return new EpochEvaluation(values);
    }

    public static EpochEvaluation lossOnly(double validationLoss) {
        return new EpochEvaluation(Map.of(Metrics.VALIDATION_LOSS.id(), validationLoss));
    }

    /** A classifier's measures; accuracies are fractions in [0, 1]. */
    public static EpochEvaluation classifier(double trainAccuracy, double validationLoss, double validationAccuracy) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(Metrics.TRAIN_ACCURACY.id(), trainAccuracy);
        values.put(Metrics.VALIDATION_LOSS.id(), validationLoss);
        values.put(Metrics.VALIDATION_ACCURACY.id(), validationAccuracy);
        return new EpochEvaluation(values);
    }

    public double value(String id) {
        Double value = values.get(id);
        return value == null ? Double.NaN : value;
    }

    /** A copy with one more value. */
    public EpochEvaluation with(String id, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.put(id, value);
        return new EpochEvaluation(copy);
    }
}
