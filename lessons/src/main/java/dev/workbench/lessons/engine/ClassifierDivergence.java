package dev.workbench.lessons.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * The divergence rule for classifiers: the default rule on every update, plus a check at the end
 * of each epoch. A network whose validation accuracy is at chance level (guessing among the
 * classes) while its training loss is no lower than at the start has been wrecked, even when no
 * single update looked like an explosion.
 */
public final class ClassifierDivergence implements DivergenceRule {
    /** Accuracy within this much of chance counts as chance. */
    static final double CHANCE_MARGIN = 0.02;

    private final DivergenceDetector updates = new DivergenceDetector();
    private final int classes;
    private double firstLoss = Double.NaN;

    public ClassifierDivergence(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier has at least 2 classes: " + classes);
        }
        this.classes = classes;
    }

    @Override
    public Optional<String> check(StepResult step) {
        if (Double.isNaN(firstLoss)) {
            firstLoss = step.loss();
        }
        return updates.check(step);
    }

    @Override
    public Optional<String> checkEpoch(int epoch, EpochEvaluation evaluation, double meanLoss) {
        double accuracy = evaluation.value(Metrics.VALIDATION_ACCURACY.id());
        double chance = 1.0 / classes;
        if (Double.isNaN(accuracy) || accuracy > chance + CHANCE_MARGIN || !(meanLoss >= firstLoss)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "after epoch %d the network is at chance level (validation accuracy %.1f%%, what guessing among "
                        + "%d classes gives) and its training loss (%.3g) is no lower than at the start (%.3g)",
                epoch, accuracy * 100, classes, meanLoss, firstLoss));
    }
}
