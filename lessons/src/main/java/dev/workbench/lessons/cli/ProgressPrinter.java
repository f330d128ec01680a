package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunListener;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a live progress bar (loss, the lesson's headline epoch metric, samples/s, ETA) on a terminal, redrawn at most
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
    private final Metrics metrics;
    private final MetricSpec headline;
    private String lastHeadline = "-";

    ProgressPrinter(PrintStream out, boolean interactive, Metrics metrics) {
        this.out = out;
        this.interactive = interactive;
        this.metrics = metrics;
        List<MetricSpec> epochMetrics = metrics.perEpoch();
        // The lesson's ranking metric when it is measured per epoch (the model's, not a baseline's).
        this.headline = epochMetrics.contains(metrics.ranking()) ? metrics.ranking() : epochMetrics.get(epochMetrics.size() - 1);
    }

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof IterationMetrics it) {
            smoothedLoss = Double.isNaN(smoothedLoss) ? it.loss() : 0.9 * smoothedLoss + 0.1 * it.loss();
            draw(it);
        } else if (event instanceof EpochMetrics ep) {
            lastHeadline = Measurement.format(ep.value(headline.id()), headline.unit());
            if (interactive) {
                out.print("\r\033[K");
            }
            List<String> values = new ArrayList<>();
            for (MetricSpec spec : metrics.perEpoch()) {
                values.add(spec.shortLabel() + " " + Measurement.format(ep.value(spec.id()), spec.unit()));
            }
            out.printf(Locale.ROOT, "epoch %d: %s (%.1f s)%n", ep.epoch(), String.join(", ", values), ep.seconds());
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
        return String.format(Locale.ROOT, "epoch %d/%d [%s%s] %3.0f%%  loss %.4f  %s %s  %,.0f samples/s  ETA %s",
                it.epoch(), it.totalEpochs(), "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), fraction * 100,
                smoothedLoss, headline.shortLabel(), lastHeadline, it.samplesPerSecond(),
                eta(it.etaSeconds()));
    }

    private static String eta(double seconds) {
        if (Double.isNaN(seconds)) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
