package dev.workbench.lessons.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * Divergence for a loss that starts small and has no ceiling (a squared error): the run has
 * diverged when the loss is NaN or infinite, or stays above {@code factor} times the first loss
 * for {@code patience} updates in a row (a single noisy batch is not enough). Cross-entropy
 * starts near its maximum instead; it has {@link DivergenceDetector}.
 */
public final class SustainedRiseRule implements DivergenceRule {
    private final double factor;
    private final int patience;
    private final String what;
    private double first = Double.NaN;
    private int highInARow;

    /** @param what the loss in words, e.g. "the forecast error (MSE)" */
    public SustainedRiseRule(double factor, int patience, String what) {
        this.factor = factor;
        this.patience = patience;
        this.what = what;
    }

    @Override
    public Optional<String> check(StepResult step) {
        double loss = step.loss();
        Optional<String> nonFinite = DivergenceRule.nonFinite("loss", loss);
        if (nonFinite.isPresent()) {
            return nonFinite;
        }
        if (Double.isNaN(first)) {
            first = loss;
            return Optional.empty();
        }
        if (first > 0 && loss > factor * first) {
            if (++highInARow >= patience) {
                return Optional.of(String.format(Locale.ROOT, "%s grew from %.3g at the start to %.3g (more than %.0f "
                        + "times higher for %d updates)", what, first, loss, factor, patience));
            }
        } else {
            highInARow = 0;
        }
        return Optional.empty();
    }
}
