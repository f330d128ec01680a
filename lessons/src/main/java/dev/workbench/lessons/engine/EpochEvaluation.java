package dev.workbench.lessons.engine;

/**
 * End-of-epoch measurements a session reports; {@code NaN} where a lesson has no such measure
 * (an autoencoder has no accuracy).
 */
public record EpochEvaluation(double trainAccuracy, double validationLoss, double validationAccuracy) {
    public static EpochEvaluation lossOnly(double validationLoss) {
        return new EpochEvaluation(Double.NaN, validationLoss, Double.NaN);
    }
}
