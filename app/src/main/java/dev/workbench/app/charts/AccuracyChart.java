package dev.workbench.app.charts;

import dev.workbench.lessons.engine.RunEvent.EpochMetrics;

/** Training and validation accuracy after each epoch. */
public final class AccuracyChart extends CanvasChart {
    public static final String STYLE_CLASS = "accuracy-chart";
    /** The y axis shows at least 10 percentage points, so a small gap looks small. */
    public static final double MIN_SPAN = 0.10;

    private final ChartSeries train;
    private final ChartSeries validation;

    public AccuracyChart() {
        super("Accuracy");
        getStyleClass().add(STYLE_CLASS);
        train = addLine("training", 3, LineStyle.MARKERS);
        validation = addLine("validation", 2, LineStyle.MARKERS);
        setAxisFormats("epoch", ChartFormat::whole, ChartFormat::percent);
        setXMinStep(1);
        setYMinSpan(MIN_SPAN, 0, 1);
        setPlaceholder("Accuracy appears after the first epoch");
    }

    /** Adds one epoch's accuracies (lessons without accuracy report NaN, which is skipped). */
    public void addEpoch(EpochMetrics metrics) {
        train.add(metrics.epoch(), metrics.trainAccuracy());
        validation.add(metrics.epoch(), metrics.validationAccuracy());
    }

    public long receivedEpochs() {
        return validation.received();
    }
}
