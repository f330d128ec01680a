package dev.workbench.lessons.race;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How one lane did. Losses and accuracies are {@code NaN} where the lane did not get that far.
 *
 * @param trainingSeconds          time the lane spent computing (its share of the CPU)
 * @param iterationsToTarget       first iteration where the smoothed loss reached the target, if ever
 * @param secondsToTarget          the lane's own computing time until then
 */
public record RaceResult(String label, long iterations, double finalTrainLoss, double finalTrainAccuracy,
                         double finalValidationLoss, double finalValidationAccuracy, double trainingSeconds, OptionalLong iterationsToTarget,
                         OptionalDouble secondsToTarget, boolean diverged, String failure) {

    /** Train minus validation accuracy: how much better the network does on what it has seen. */
    public double generalizationGap() {
        return finalTrainAccuracy - finalValidationAccuracy;
    }
}
