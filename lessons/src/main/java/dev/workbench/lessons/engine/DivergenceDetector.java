package dev.workbench.lessons.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * Spots a run that is blowing up: a loss that is NaN or infinite, or one that stays far above
 * where training started for several iterations in a row.
 */
public final class DivergenceDetector {
    /** How many first losses define "where training started". */
    static final int BASELINE_ITERATIONS = 5;
    /** A loss this many times the starting loss counts as exploding... */
    static final double EXPLOSION_FACTOR = 20.0;
    /** ...once it has been there this many iterations in a row (one spike is normal). */
    static final int EXPLOSION_PATIENCE = 5;

    private final double[] firstLosses = new double[BASELINE_ITERATIONS];
    private int seen;
    private int explodingInARow;

    /** Returns a description of the problem if this loss shows the run diverged. */
    public Optional<String> check(double loss) {
        if (Double.isNaN(loss)) {
            return Optional.of("the loss became NaN (not a number)");
        }
        if (Double.isInfinite(loss)) {
            return Optional.of("the loss became infinite");
        }
        if (seen < BASELINE_ITERATIONS) {
            firstLosses[seen++] = loss;
            return Optional.empty();
        }
        double baseline = baseline();
        if (baseline > 0 && loss > EXPLOSION_FACTOR * baseline) {
            explodingInARow++;
            if (explodingInARow >= EXPLOSION_PATIENCE) {
                return Optional.of(String.format(java.util.Locale.ROOT,
                        "the loss exploded from %.3g to %.3g (more than %.0f times where it started)",
                        baseline, loss, EXPLOSION_FACTOR));
            }
        } else {
            explodingInARow = 0;
        }
        return Optional.empty();
    }

    private double baseline() {
        double[] sorted = firstLosses.clone();
        Arrays.sort(sorted);
        return sorted[BASELINE_ITERATIONS / 2];
    }

    /** The message a student sees when a run diverged. */
    public static String explain(long iteration, String problem, String hint) {
        return "Training diverged at iteration " + iteration + ": " + problem + ". "
                + "The usual cause is a learning rate that is too high (" + hint + "): each update "
                + "overshoots the minimum and the weights grow without bound. Try a learning rate about "
                + "10 times smaller, or an adaptive optimizer such as Adam.";
    }
}
