package dev.workbench.lessons.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * Spots a run that is blowing up, for losses such as cross-entropy that start near their maximum:
 * <ul>
 *   <li>a loss that is NaN or infinite;</li>
 *   <li>an explosion: the loss stays far above the first loss for several iterations in a row;</li>
 *   <li>a blow-up without recovery: the loss jumps far above the first loss once and, over the
 *       next iterations, does not come back below where it started. DL4J clips probabilities, so a
 *       wrecked classifier often settles at a loss of 5-10 instead of exploding further (SGD at a
 *       learning rate of 1 on the CNN goes 2.99, 20.4, then about 7.4 for good).</li>
 * </ul>
 */
public final class DivergenceDetector implements DivergenceRule {
    /** A loss this many times the first loss counts as exploding (cross-entropy starts near its maximum)... */
    static final double EXPLOSION_FACTOR = 5.0;
    /** ...once it has stayed there this many iterations in a row (one spike is normal). */
    static final int EXPLOSION_PATIENCE = 3;
    /** A jump to this many times the first loss is a blow-up if the loss does not recover... */
    static final double JUMP_FACTOR = 3.0;
    /** ...that is, if its mean over this many iterations after the jump stays above the first loss. */
    static final int RECOVERY_WINDOW = 20;

    private double firstLoss = Double.NaN;
    private int explodingInARow;
    private double jumpLoss = Double.NaN;
    private int sinceJump;
    private double sumSinceJump;

    @Override
    public Optional<String> check(StepResult step) {
        return check(step.loss());
    }

    /** Returns a description of the problem if this loss shows the run diverged. */
    public Optional<String> check(double loss) {
        Optional<String> nonFinite = DivergenceRule.nonFinite("loss", loss);
        if (nonFinite.isPresent()) {
            return nonFinite;
        }
        if (Double.isNaN(firstLoss)) {
            firstLoss = loss;
            return Optional.empty();
        }
        if (firstLoss <= 0) {
            return Optional.empty();
        }
        if (loss > EXPLOSION_FACTOR * firstLoss) {
            explodingInARow++;
            if (explodingInARow >= EXPLOSION_PATIENCE) {
                return Optional.of(String.format(Locale.ROOT,
                        "the loss exploded from %.3g at the start to %.3g (more than %.0f times higher)",
                        firstLoss, loss, EXPLOSION_FACTOR));
            }
        } else {
            explodingInARow = 0;
        }
        return checkRecovery(loss);
    }

    private Optional<String> checkRecovery(double loss) {
        if (Double.isNaN(jumpLoss)) {
            if (loss > JUMP_FACTOR * firstLoss) {
                jumpLoss = loss;
                sinceJump = 0;
                sumSinceJump = 0;
            }
            return Optional.empty();
        }
        sinceJump++;
        sumSinceJump += loss;
        if (sinceJump < RECOVERY_WINDOW) {
            return Optional.empty();
        }
        double mean = sumSinceJump / sinceJump;
        if (mean > firstLoss) {
            return Optional.of(String.format(Locale.ROOT,
                    "the loss jumped from %.3g at the start to %.3g and did not come back below where it started "
                            + "(it averaged %.3g over the next %d iterations)", firstLoss, jumpLoss, mean, RECOVERY_WINDOW));
        }
        jumpLoss = Double.NaN;
        return Optional.empty();
    }

    /** The message a student sees when a run diverged; {@code advice} says what to change. */
    public static String explain(long iteration, String problem, String hint, String advice) {
        return "Training diverged at iteration " + iteration + ": " + problem + ". "
                + "The usual cause is a learning rate that is too high (" + hint + "): each update "
                + "overshoots the minimum and the weights grow without bound. " + advice;
    }

    /** The message with the generic advice. */
    public static String explain(long iteration, String problem, String hint) {
        return explain(iteration, problem, hint, LessonSession.GENERIC_DIVERGENCE_ADVICE);
    }
}
