package dev.workbench.app.compare;

import dev.workbench.app.charts.MetricChart;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.app.charts.CanvasChart;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.charts.ChartSeries;
import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * Every lane's headline epoch metric after each epoch: the lesson's declared generalization gap
 * pair (for a classifier, accuracy on training data dashed and on validation data solid, in the
 * lane's colour), so the gap between them (over-fitting) shows at a glance; without a declared
 * gap, the last declared epoch metric alone. X is the epoch or the lane's training seconds at the
 * end of it. The lanes' names are in the loss chart's legend beside it (same colours); the hover
 * read-out names every line.
 */
public final class RaceEpochChart extends CanvasChart {
    public static final String STYLE_CLASS = "race-epoch-chart";
    public static final String KEY_CLASS = "race-line-key";

    /** One lane's two lines and its last epoch shown. */
    private static final class Lane {
        final ChartSeries train;
        final ChartSeries validation;
        int lastEpoch;

        Lane(ChartSeries train, ChartSeries validation) {
            this.train = train;
            this.validation = validation;
        }
    }

    private final List<Lane> lanes = new ArrayList<>();
    /** Drawn dashed, or null when the lesson declares no gap. */
    private final MetricSpec seen;
    /** Drawn solid. */
    private final MetricSpec unseen;
    private RaceAxis axis = RaceAxis.ITERATIONS;

    public RaceEpochChart(Metrics metrics) {
        super(MetricChart.title(headline(metrics).chart()));
        this.unseen = headline(metrics);
        this.seen = metrics.gap() == null ? null : metrics.get(metrics.gap().seen());
        getStyleClass().add(STYLE_CLASS);
        if (seen != null) {
            Label key = new Label("dashed: train · solid: val");
            key.getStyleClass().add(KEY_CLASS);
            addHeaderControl(key);
        }
        setPlaceholder(MetricChart.title(unseen.chart()) + " appears after each lane's first epoch");
        if (unseen.isPercent()) {
            setYMinSpan(MetricChart.MIN_PERCENT_SPAN, 0, 1);
        }
        setAxis(RaceAxis.ITERATIONS);
    }

    /** The metric drawn solid: the unseen side of the declared gap, or the last declared epoch metric. */
    private static MetricSpec headline(Metrics metrics) {
        if (metrics.gap() != null) {
            return metrics.get(metrics.gap().unseen());
        }
        List<MetricSpec> epochMetrics = metrics.perEpoch();
        return epochMetrics.get(epochMetrics.size() - 1);
    }

    /** Two lines per lane, in lane colours 1, 2, ...; forgets all points. */
    public void setLanes(List<String> labels) {
        startLanes(labels);
        lanes.clear();
        for (int i = 0; i < labels.size(); i++) {
            ChartSeries train = seen == null ? null
                    : addLine(labels.get(i) + " " + MetricChart.legendName(seen.chart(), seen), i + 1, LineStyle.DASHED, Listing.HOVER);
            ChartSeries validation = addLine(labels.get(i) + " " + MetricChart.legendName(unseen.chart(), unseen), i + 1,
                    LineStyle.MARKERS, Listing.HOVER);
            lanes.add(new Lane(train, validation));
        }
        clearPoints();
    }

    /** Epochs on x ({@link RaceAxis#ITERATIONS}) or training seconds; forgets all points. */
    public void setAxis(RaceAxis next) {
        axis = next;
        if (next == RaceAxis.TIME) {
            setAxisFormats("training time", ChartFormat::seconds, unseen.isPercent() ? ChartFormat::percent : ChartFormat::compact);
            setXMinStep(0);
        } else {
            setAxisFormats("epoch", ChartFormat::whole, unseen.isPercent() ? ChartFormat::percent : ChartFormat::compact);
            setXMinStep(1);
        }
        clearPoints();
    }

    public RaceAxis axis() {
        return axis;
    }

    public void clearPoints() {
        for (Lane lane : lanes) {
            lane.lastEpoch = 0;
        }
        clear();
    }

    /**
     * Adds one epoch of a lane; {@code seconds} is the lane's training time at its end (used on the
     * time axis). Epochs already shown are skipped. Call {@link #redraw()} afterwards.
     */
    public void addEpoch(int laneIndex, EpochMetrics metrics, double seconds) {
        Lane lane = lanes.get(laneIndex);
        if (metrics.epoch() <= lane.lastEpoch) {
            return;
        }
        lane.lastEpoch = metrics.epoch();
        double x = axis == RaceAxis.TIME ? seconds : metrics.epoch();
        if (lane.train != null) {
            lane.train.add(x, metrics.value(seen.id()));
        }
        lane.validation.add(x, metrics.value(unseen.id()));
    }

    /** Epochs of one lane received since the lanes were set or cleared. */
    public long receivedEpochs(int laneIndex) {
        return lanes.get(laneIndex).validation.received();
    }
}
