package dev.workbench.app.charts;

import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One chart of a lesson's declared metrics besides the loss (accuracy, reconstruction error,
 * a distance between distributions...). Per-epoch series are drawn against the epoch with
 * markers, per-iteration ones against the iteration as lines; a chart holds one kind.
 */
public final class MetricChart extends CanvasChart {
    public static final String STYLE_CLASS = "metric-chart";
    /** A percent axis shows at least 10 percentage points, so a small gap looks small. */
    public static final double MIN_PERCENT_SPAN = 0.10;

    private final String chart;
    private final List<MetricSpec> specs;
    private final List<ChartSeries> series = new ArrayList<>();
    private final boolean perEpoch;
    private final javafx.scene.control.ToggleButton logToggle = new javafx.scene.control.ToggleButton("Log scale");
    /** The student chose the scale: stop choosing it for them. */
    private boolean scaleChosen;
    private final boolean percent;
    private double smallestPositive = Double.POSITIVE_INFINITY;
    private double largest = Double.NEGATIVE_INFINITY;

    public MetricChart(String chart, List<MetricSpec> specs) {
        super(title(chart));
        this.chart = chart;
        this.specs = List.copyOf(specs);
        this.perEpoch = specs.stream().noneMatch(MetricSpec::perIteration);
        getStyleClass().addAll(STYLE_CLASS, chart + "-chart");
        int colour = 1;
        for (MetricSpec spec : this.specs) {
            series.add(addLine(legendName(chart, spec), colourFor(colour++), perEpoch ? LineStyle.MARKERS : LineStyle.BOLD));
        }
        this.percent = specs.stream().allMatch(MetricSpec::isPercent);
        setAxisFormats(perEpoch ? "epoch" : "iteration", ChartFormat::whole,
                percent ? ChartFormat::percent : ChartFormat::compact);
        if (perEpoch) {
            setXMinStep(1);
        }
        if (percent) {
            setYMinSpan(MIN_PERCENT_SPAN, 0, 1);
        } else {
            logToggle.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
            logToggle.selectedProperty().addListener((obs, old, log) -> setLogY(log));
            logToggle.setOnAction(e -> scaleChosen = true);
            addHeaderControl(logToggle);
        }
        setPlaceholder(title(chart) + (perEpoch ? " appears after the first epoch" : " appears once training starts"));
        if (this.specs.size() > 1) {
            // Beside the title and the Log scale toggle, two or more legend entries get squeezed.
            placeLegendBelowTitle();
        }
    }

    public String chart() {
        return chart;
    }

    public boolean perEpoch() {
        return perEpoch;
    }

    /** Adds one epoch's values; a metric the lesson did not measure (NaN) is skipped. */
    public void addEpoch(EpochMetrics metrics) {
        if (!perEpoch) {
            return;
        }
        for (int i = 0; i < specs.size(); i++) {
            double value = metrics.value(specs.get(i).id());
            series.get(i).add(metrics.epoch(), value);
            watchRange(value);
        }
    }

    /** Adds a frame's worth of iterations; call {@link #redraw()} afterwards. */
    public void addIterations(List<IterationMetrics> iterations) {
        if (perEpoch) {
            return;
        }
        for (IterationMetrics it : iterations) {
            for (int i = 0; i < specs.size(); i++) {
                double value = it.value(specs.get(i).id());
                series.get(i).add(it.iteration(), value);
                watchRange(value);
            }
        }
    }

    /**
     * Switches to a log axis once positive values span more than three orders of magnitude (a
     * gradient ratio from 1e-9 to 1 is a flat line on a linear axis), unless the student chose.
     */
    private void watchRange(double value) {
        if (!(value > 0) || Double.isInfinite(value) || scaleChosen || percent) {
            return;
        }
        smallestPositive = Math.min(smallestPositive, value);
        largest = Math.max(largest, value);
        if (!logToggle.isSelected() && largest / smallestPositive > 1e3) {
            logToggle.setSelected(true);
        }
    }

    @Override
    public void clear() {
        smallestPositive = Double.POSITIVE_INFINITY;
        largest = Double.NEGATIVE_INFINITY;
        super.clear();
    }

    public boolean isLogScale() {
        return logToggle.isSelected();
    }

    /** Values received for the last declared series since the last clear (epochs or iterations). */
    public long received() {
        return series.isEmpty() ? 0 : series.get(series.size() - 1).received();
    }

    /** For charts of epoch metrics: epochs received since the last clear. */
    public long receivedEpochs() {
        return received();
    }

    /** Abbreviations kept in capitals in chart titles. */
    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("gan", "auc", "pca", "rnn", "lstm", "mae", "rmse");

    /** "accuracy" becomes "Accuracy", "gan-loss" becomes "GAN loss". */
    public static String title(String chart) {
        String[] words = chart.split("-");
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = ACRONYMS.contains(words[i]) ? words[i].toUpperCase(Locale.ROOT)
                    : i == 0 && !words[i].isEmpty() ? Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1)
                    : words[i];
            title.append(i == 0 ? "" : " ").append(word);
        }
        return title.toString();
    }

    /** A legend entry without the chart's own name: "Validation accuracy" in the Accuracy chart reads "validation". */
    public static String legendName(String chart, MetricSpec spec) {
        String label = spec.label().toLowerCase(Locale.ROOT);
        String name = label.replace(chart.replace('-', ' '), "").replaceAll("\\s+", " ").trim();
        return name.isEmpty() ? label : name;
    }

    /** Training-like series in colour 3 and validation in 2, as the loss chart does; others in turn. */
    private static int colourFor(int position) {
        int[] order = {3, 2, 1, 4, 5};
        return order[(position - 1) % order.length];
    }
}
