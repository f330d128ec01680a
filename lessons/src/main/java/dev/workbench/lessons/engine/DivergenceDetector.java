package dev.workbench.lessons.engine;

import java.util.Optional;

/**
 * Spots a run that is blowing up: a loss that is NaN or infinite, or one that stays far above
 * the first loss for several iterations in a row. Cross-entropy rarely turns NaN in DL4J
 * (it clips probabilities), so a diverged classifier shows up as a loss stuck near 20.
 */
public final class DivergenceDetector implements DivergenceRule {
    /** A loss this many times the first loss counts as exploding (cross-entropy starts near its maximum)... */
    static final double EXPLOSION_FACTOR = 5.0;
    /** ...once it has stayed there this many iterations in a row (one spike is normal). */
    static final int EXPLOSION_PATIENCE = 3;

    private double firstLoss = Double.NaN;
    private int explodingInARow;

    @Override
    public Optional<String> check(StepResult step) {
        return check(step.loss());
    }

    /** Returns a description of the problem if this loss shows the run diverged. */
    public Optional<String> check(double loss) {
        if (Double.isNaN(loss)) {
            return Optional.of("the loss became NaN (not a number)");
        }
        if (Double.isInfinite(loss)) {
            return Optional.of("the loss became infinite");
        }
        if (Double.isNaN(firstLoss)) {
            firstLoss = loss;
            return Optional.empty();
        }
        if (firstLoss > 0 && loss > EXPLOSION_FACTOR * firstLoss) {
            explodingInARow++;
            if (explodingInARow >= EXPLOSION_PATIENCE) {
                return Optional.of(String.format(java.util.Locale.ROOT,
                        "the loss exploded from %.3g at the start to %.3g (more than %.0f times higher)",
                        firstLoss, loss, EXPLOSION_FACTOR));
            }
        } else {
            explodingInARow = 0;
        }
        return Optional.empty();
    }

    /** The message a student sees when a run diverged. */
    public static String explain(long iteration, String problem, String hint) {
        return "Training diverged at iteration " + iteration + ": " + problem + ". "
                + "The usual cause is a learning rate that is too high (" + hint + "): each update "
                + "overshoots the minimum and the weights grow without bound. Try a learning rate about "
                + "10 times smaller, or an adaptive optimizer such as Adam.";
    }
}
