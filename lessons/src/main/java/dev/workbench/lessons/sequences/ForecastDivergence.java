package dev.workbench.lessons.sequences;

import dev.workbench.lessons.engine.DivergenceRule;
import dev.workbench.lessons.engine.StepResult;

import java.util.Locale;
import java.util.Optional;

/**
 * Divergence for an MSE on z-scored values: the loss starts near 1 and has no ceiling, so a run has
 * diverged when the loss is NaN or infinite, or stays above {@value #FACTOR} times the first loss
 * for {@value #PATIENCE} updates in a row (a single noisy batch is not enough).
 */
final class ForecastDivergence implements DivergenceRule {
    static final double FACTOR = 10.0;
    static final int PATIENCE = 5;

    private double first = Double.NaN;
    private int highInARow;

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
        if (first > 0 && loss > FACTOR * first) {
            if (++highInARow >= PATIENCE) {
                return Optional.of(String.format(Locale.ROOT, "the forecast error (MSE) grew from %.3g at the start to %.3g "
                        + "(more than %.0f times higher for %d updates)", first, loss, FACTOR, PATIENCE));
            }
        } else {
            highInARow = 0;
        }
        return Optional.empty();
    }
}
