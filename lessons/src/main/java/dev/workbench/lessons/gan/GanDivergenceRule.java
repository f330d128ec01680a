package dev.workbench.lessons.gan;

import dev.workbench.lessons.engine.DivergenceRule;
import dev.workbench.lessons.engine.StepResult;

import java.util.Locale;
import java.util.Optional;

/**
 * When a GAN run has failed. A GAN's losses swing up and down by design, so a loss that rises is
 * no alarm (the cross-entropy rule would stop healthy runs). Two things are: a NaN or infinite
 * value, and a discriminator that has won outright, its loss near 0 for {@link #WON_PATIENCE}
 * updates in a row, so that it rejects every generated sample and the generator's gradient has
 * all but vanished. A discriminator whose loss does not move at all has died (its units stuck
 * after a step far too large), and that is a failure too.
 */
final class GanDivergenceRule implements DivergenceRule {
    /** A D loss below this counts as "D is certain about everything"... */
    static final double WON_LOSS = 0.005;
    /** ...once it has stayed there this many updates in a row. */
    static final int WON_PATIENCE = 300;
    /** A loss that has not moved by more than this... */
    static final double STUCK_CHANGE = 1e-7;
    /** ...for this many updates belongs to a discriminator whose units all died. */
    static final int STUCK_PATIENCE = 200;

    private int wonInARow;
    private int stuckInARow;
    private double previous = Double.NaN;

    @Override
    public Optional<String> check(StepResult step) {
        for (String id : new String[]{GanLesson.G_LOSS, GanLesson.D_REAL, GanLesson.D_FAKE}) {
            Double value = step.values().get(id);
            if (value != null) {
                Optional<String> problem = DivergenceRule.nonFinite(id, value);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        Optional<String> problem = DivergenceRule.nonFinite("discriminator loss", step.loss());
        if (problem.isPresent()) {
            return problem;
        }
        // A discriminator that won also has a flat (tiny) loss; that case has its own message below.
        boolean stuck = step.loss() >= WON_LOSS && Math.abs(step.loss() - previous) < STUCK_CHANGE;
        stuckInARow = stuck ? stuckInARow + 1 : 0;
        previous = step.loss();
        if (stuckInARow >= STUCK_PATIENCE) {
            return Optional.of(String.format(Locale.ROOT, "the discriminator's loss has not moved for %d updates "
                    + "(it stays at %.4g): its units are stuck, so neither network learns", STUCK_PATIENCE, step.loss()));
        }
        wonInARow = step.loss() < WON_LOSS ? wonInARow + 1 : 0;
        if (wonInARow >= WON_PATIENCE) {
            return Optional.of(String.format(Locale.ROOT, "the discriminator won: its loss stayed below %.3g for %d "
                    + "updates, so it rejects every generated sample and the generator learns nothing more", WON_LOSS,
                    WON_PATIENCE));
        }
        return Optional.empty();
    }
}
