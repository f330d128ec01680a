package dev.workbench.app.lesson;

import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;

/**
 * Epoch, iteration, samples per second and time left (one row of figures) and a progress bar
 * for the current run; the page places the two parts.
 */
public final class ProgressPanel {
    public static final String STYLE_CLASS = "progress-stats";
    public static final String STAT_CLASS = "progress-stat";
    public static final String PHASE_CLASS = "phase-chip";
    public static final String BAR_ID = "progress-bar";
    public static final String EPOCH_ID = "epoch-label";
    public static final String ITERATION_ID = "iteration-label";
    public static final String SPEED_ID = "speed-label";
    public static final String ETA_ID = "eta-label";
    public static final String PHASE_ID = "phase-label";

    private final ProgressBar bar = new ProgressBar(0);
    private final Label phase = stat(PHASE_ID);
    private final Label epoch = stat(EPOCH_ID);
    private final Label iteration = stat(ITERATION_ID);
    private final Label speed = stat(SPEED_ID);
    private final Label eta = stat(ETA_ID);

    private final FlowPane stats;

    public ProgressPanel() {
        phase.getStyleClass().add(PHASE_CLASS);
        bar.setId(BAR_ID);
        bar.setMaxWidth(Double.MAX_VALUE);
        // A flow, so that with large text the figures wrap instead of pushing past the window.
        stats = new FlowPane(phase, epoch, iteration, speed, eta);
        stats.getStyleClass().add(STYLE_CLASS);
        stats.setAlignment(Pos.CENTER_LEFT);
        show(RunPhase.EMPTY, null, 0, 0);
    }

    /** The row of figures. */
    public FlowPane stats() {
        return stats;
    }

    /** The progress bar. */
    public ProgressBar bar() {
        return bar;
    }

    /** Shows the phase and the latest iteration (null before the first). */
    public void show(RunPhase runPhase, IterationMetrics latest, int totalEpochs, long totalIterations) {
        show(runPhase, latest, totalEpochs, totalIterations, null);
    }

    /** @param preparing what a long preparation reports, or null */
    public void show(RunPhase runPhase, IterationMetrics latest, int totalEpochs, long totalIterations,
                     PreparationProgress preparing) {
        showPhase(runPhase);
        if (runPhase == RunPhase.PREPARING && preparing != null) {
            phase.setText(preparing.step() + (Double.isNaN(preparing.fraction()) ? "…"
                    : String.format(java.util.Locale.ROOT, " %.0f%%", preparing.fraction() * 100)));
        }
        if (runPhase == RunPhase.PREPARING) {
            bar.setProgress(preparing == null || Double.isNaN(preparing.fraction())
                    ? ProgressBar.INDETERMINATE_PROGRESS : preparing.fraction());
        } else if (latest == null) {
            bar.setProgress(0);
        } else {
            bar.setProgress(latest.totalIterations() == 0 ? 0 : latest.iteration() / (double) latest.totalIterations());
        }
        if (latest == null) {
            epoch.setText(totalEpochs > 0 ? "Epoch 0 / " + totalEpochs : "Epoch –");
            iteration.setText(totalIterations > 0 ? "Iteration 0 / " + ChartFormat.whole(totalIterations) : "Iteration –");
            speed.setText("– samples/s");
            eta.setText("ETA –");
            return;
        }
        epoch.setText("Epoch " + latest.epoch() + " / " + latest.totalEpochs());
        iteration.setText("Iteration " + ChartFormat.whole(latest.iteration()) + " / " + ChartFormat.whole(latest.totalIterations()));
        speed.setText(ChartFormat.whole(latest.samplesPerSecond()) + " samples/s");
        eta.setText(runPhase == RunPhase.RUNNING ? "ETA " + duration(latest.etaSeconds()) : "ETA –");
    }

    /** Restyles the chip only when the phase changes: a style change makes JavaFX redo its CSS. */
    private void showPhase(RunPhase runPhase) {
        String style = "phase-" + runPhase.name().toLowerCase(java.util.Locale.ROOT);
        if (!phase.getStyleClass().contains(style)) {
            phase.getStyleClass().removeIf(c -> c.startsWith("phase-") && !c.equals(PHASE_CLASS));
            phase.getStyleClass().add(style);
        }
        phase.setText(runPhase.label());
    }

    public double progress() {
        return bar.getProgress();
    }

    /** m:ss or h:mm:ss. */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "–";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    private static Label stat(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(STAT_CLASS);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
