package dev.workbench.app.compare;

import dev.workbench.app.charts.AccuracyChart;
import dev.workbench.app.charts.CanvasChart;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.charts.ChartSeries;
import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * Every lane's accuracy after each epoch, training dashed and validation solid in the lane's
 * colour, so the gap between them (over-fitting) shows at a glance. X is the epoch or the lane's
 * training seconds at the end of it. The lanes' names are in the loss chart's legend beside it
 * (same colours); the hover read-out names every line.
 */
public final class RaceAccuracyChart extends CanvasChart {
    public static final String STYLE_CLASS = "race-accuracy-chart";
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
    private RaceAxis axis = RaceAxis.ITERATIONS;

    public RaceAccuracyChart() {
        super("Accuracy");
        getStyleClass().add(STYLE_CLASS);
        Label key = new Label("dashed: train · solid: val");
        key.getStyleClass().add(KEY_CLASS);
        addHeaderControl(key);
        setPlaceholder("Accuracy appears after each lane's first epoch");
        setYMinSpan(AccuracyChart.MIN_SPAN, 0, 1);
        setAxis(RaceAxis.ITERATIONS);
    }

    /** Two lines per lane, in lane colours 1, 2, ...; forgets all points. */
    public void setLanes(List<String> labels) {
        startLanes(labels);
        lanes.clear();
        for (int i = 0; i < labels.size(); i++) {
            ChartSeries train = addLine(labels.get(i) + " training", i + 1, LineStyle.DASHED, Listing.HOVER);
            ChartSeries validation = addLine(labels.get(i) + " validation", i + 1, LineStyle.MARKERS, Listing.HOVER);
            lanes.add(new Lane(train, validation));
        }
        clearPoints();
    }

    /** Epochs on x ({@link RaceAxis#ITERATIONS}) or training seconds; forgets all points. */
    public void setAxis(RaceAxis next) {
        axis = next;
        if (next == RaceAxis.TIME) {
            setAxisFormats("training time", ChartFormat::seconds, ChartFormat::percent);
            setXMinStep(0);
        } else {
            setAxisFormats("epoch", ChartFormat::whole, ChartFormat::percent);
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
        lane.train.add(x, metrics.trainAccuracy());
        lane.validation.add(x, metrics.validationAccuracy());
    }

    /** Epochs of one lane received since the lanes were set or cleared. */
    public long receivedEpochs(int laneIndex) {
        return lanes.get(laneIndex).validation.received();
    }
}
