package dev.workbench.lessons.autoencoder;

import dev.workbench.lessons.engine.DivergenceRule;
import dev.workbench.lessons.engine.SustainedRiseRule;
import dev.workbench.lessons.engine.StepResult;

import java.util.Locale;
import java.util.Optional;

/**
 * Divergence for a reconstruction loss. Unlike cross-entropy, which starts near its ceiling, an MSE
 * or per-pixel loss starts small and has no ceiling, so the cross-entropy rule's "five times the
 * first loss" would fire on harmless noise early on. A run counts as diverged when the loss is NaN
 * or infinite, or stays above {@value #FACTOR} times the first loss for {@value #PATIENCE} updates in a row.
 * A loss bounded by a sigmoid output cannot explode, though: a learning rate far too high kills
 * every unit instead, and the network draws the same picture whatever it is shown. That collapse
 * is caught at the end of an epoch, from how much the reconstructions differ between images.
 */
final class ReconstructionDivergence implements DivergenceRule {
    static final double FACTOR = 10.0;
    static final int PATIENCE = 5;
    /** Evaluation value (not a declared metric): the mean over pixels of the outputs' spread across images. */
    static final String OUTPUT_SPREAD = "output-spread";
    /** Outputs that vary less than this between images are all the same picture. */
    static final double COLLAPSED_SPREAD = 1e-3;

    private final SustainedRiseRule rise = new SustainedRiseRule(FACTOR, PATIENCE, "the reconstruction loss");

    @Override
    public Optional<String> check(StepResult step) {
        return rise.check(step);
    }

    @Override
    public Optional<String> checkEpoch(int epoch, dev.workbench.lessons.engine.EpochEvaluation evaluation, double meanLoss) {
        double spread = evaluation.value(OUTPUT_SPREAD);
        if (Double.isNaN(spread) || spread >= COLLAPSED_SPREAD) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "after epoch %d the network draws the same picture for every "
                + "image (its outputs differ by %.2g between images): its units are stuck, it has collapsed", epoch, spread));
    }
}
