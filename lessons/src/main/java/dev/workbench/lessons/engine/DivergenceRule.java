package dev.workbench.lessons.engine;

import java.util.Optional;

/**
 * Decides from the stream of updates whether a run has blown up. One instance watches one run.
 * Lessons declare their own rule where the default (for cross-entropy) does not fit: an MSE loss
 * has no natural ceiling, a GAN's losses swing by design.
 */
public interface DivergenceRule {
    /** Returns a description of the problem if this update shows the run diverged. */
    Optional<String> check(StepResult step);

    /**
     * Checks an epoch's measurements, e.g. a classifier that ended at chance level after its loss
     * rose above the start. {@code meanLoss} is the epoch's mean training loss.
     */
    default Optional<String> checkEpoch(int epoch, EpochEvaluation evaluation, double meanLoss) {
        return Optional.empty();
    }

    /** A loss that is NaN or infinite is divergence under every rule. */
    static Optional<String> nonFinite(String what, double value) {
        if (Double.isNaN(value)) {
            return Optional.of("the " + what + " became NaN (not a number)");
        }
        if (Double.isInfinite(value)) {
            return Optional.of("the " + what + " became infinite");
        }
        return Optional.empty();
    }
}
