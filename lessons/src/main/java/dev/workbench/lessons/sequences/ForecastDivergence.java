package dev.workbench.lessons.sequences;

import dev.workbench.lessons.engine.DivergenceRule;
import dev.workbench.lessons.engine.SustainedRiseRule;
import dev.workbench.lessons.engine.StepResult;

import java.util.Optional;

/**
 * Divergence for an MSE on z-scored values: the loss starts near 1 and has no ceiling, so a run has
 * diverged when the loss is NaN or infinite, or stays above {@value #FACTOR} times the first loss
 * for {@value #PATIENCE} updates in a row (a single noisy batch is not enough).
 */
final class ForecastDivergence implements DivergenceRule {
    static final double FACTOR = 10.0;
    static final int PATIENCE = 5;

    private final SustainedRiseRule rise = new SustainedRiseRule(FACTOR, PATIENCE, "the forecast error (MSE)");

    @Override
    public Optional<String> check(StepResult step) {
        return rise.check(step);
    }
}
