package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunListener;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Draws a live progress bar (loss, accuracy, samples/s, ETA) on a terminal, redrawn at most
 * ten times a second; without a terminal it prints a line every tenth of the run instead.
 */
final class ProgressPrinter implements RunListener {
    private static final int BAR_WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean interactive;
    private long lastDraw;
    private int lastTenth = -1;
    private double smoothedLoss = Double.NaN;
    private String lastAccuracy = "  -  ";

    ProgressPrinter(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof IterationMetrics it) {
            smoothedLoss = Double.isNaN(smoothedLoss) ? it.loss() : 0.9 * smoothedLoss + 0.1 * it.loss();
            draw(it);
        } else if (event instanceof EpochMetrics ep) {
            lastAccuracy = percent(ep.validationAccuracy());
            if (interactive) {
                out.print("\r\033[K");
            }
            out.printf(Locale.ROOT, "epoch %d: train loss %.4f, train acc %s, validation loss %.4f, validation acc %s (%.1f s)%n",
                    ep.epoch(), ep.trainLoss(), percent(ep.trainAccuracy()), ep.validationLoss(),
                    percent(ep.validationAccuracy()), ep.seconds());
        }
    }

    private void draw(IterationMetrics it) {
        double fraction = it.iteration() / (double) it.totalIterations();
        long now = System.nanoTime();
        if (interactive) {
            if (now - lastDraw < REDRAW_NANOS && it.iteration() < it.totalIterations()) {
                return;
            }
            lastDraw = now;
            out.print("\r" + line(it, fraction));
            out.flush();
        } else {
            int tenth = (int) (fraction * 10);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.println(line(it, fraction));
            }
        }
    }

    private String line(IterationMetrics it, double fraction) {
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        return String.format(Locale.ROOT, "epoch %d/%d [%s%s] %3.0f%%  loss %.4f  val acc %s  %,.0f samples/s  ETA %s",
                it.epoch(), it.totalEpochs(), "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), fraction * 100,
                smoothedLoss, lastAccuracy, it.samplesPerSecond(), eta(it.etaSeconds()));
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "  -  " : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static String eta(double seconds) {
        if (Double.isNaN(seconds)) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
