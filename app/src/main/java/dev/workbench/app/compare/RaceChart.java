package dev.workbench.app.compare;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.CanvasChart;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.charts.ChartSeries;
import dev.workbench.app.charts.ExponentialSmoother;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The training loss of every race lane, one colour per lane: the raw values faint, their moving
 * average bold. X is iterations or the lane's own training seconds; y may be log10. A lane that
 * blows up leaves through the top rather than squashing the others.
 */
public final class RaceChart extends CanvasChart {
    public static final String STYLE_CLASS = "race-chart";
    public static final String LOG_TOGGLE_ID = "race-log-toggle";
    public static final String ITERATIONS_TOGGLE_ID = "race-axis-iterations";
    public static final String TIME_TOGGLE_ID = "race-axis-time";
    /** Share of the previous smoothed value kept at each step (as on the Training tab). */
    static final double SMOOTHING = 0.9;
    /** The y axis stops at this many times the highest starting loss. */
    static final double CEILING_FACTOR = 3;

    /** One lane's two lines and where its data stands. */
    private static final class Lane {
        final ChartSeries raw;
        final ChartSeries smoothed;
        final ExponentialSmoother smoother = new ExponentialSmoother(SMOOTHING);
        long lastIteration;

        Lane(ChartSeries raw, ChartSeries smoothed) {
            this.raw = raw;
            this.smoothed = smoothed;
        }
    }

    private final List<Lane> lanes = new ArrayList<>();
    private final ToggleButton logToggle = new ToggleButton("Log scale");
    private final ToggleButton iterationsToggle = new ToggleButton(RaceAxis.ITERATIONS.label());
    private final ToggleButton timeToggle = new ToggleButton(RaceAxis.TIME.label());
    private final ObjectProperty<RaceAxis> axis = new SimpleObjectProperty<>(this, "axis", RaceAxis.ITERATIONS);
    private double highestStart = Double.NaN;

    public RaceChart() {
        super("Training loss");
        getStyleClass().add(STYLE_CLASS);
        setPlaceholder("Each lane's loss appears here once the race starts");
        placeLegendBelowTitle();
        logToggle.setId(LOG_TOGGLE_ID);
        logToggle.getStyleClass().add(Styles.SMALL);
        logToggle.selectedProperty().addListener((obs, old, log) -> setLogY(log));
        addHeaderControl(axisSwitch());
        addHeaderControl(logToggle);
        axis.addListener((obs, old, now) -> showAxis(now));
        showAxis(axis.get());
    }

    /** One pair of lines per lane, in lane colours 1, 2, ...; forgets all points. */
    public void setLanes(List<String> labels) {
        startLanes(labels);
        lanes.clear();
        for (int i = 0; i < labels.size(); i++) {
            ChartSeries raw = addLine(labels.get(i) + " (raw)", i + 1, LineStyle.FAINT, Listing.NONE);
            ChartSeries smoothed = addLine(labels.get(i), i + 1, LineStyle.BOLD);
            lanes.add(new Lane(raw, smoothed));
        }
        clearPoints();
    }

    /** Forgets every point but keeps the lanes (before drawing them again on another axis). */
    public void clearPoints() {
        for (Lane lane : lanes) {
            lane.smoother.reset();
            lane.lastIteration = 0;
        }
        highestStart = Double.NaN;
        setYCeiling(Double.NaN);
        clear();
    }

    /** Adds a lane's iterations in order; ones already shown are skipped. Call {@link #redraw()} afterwards. */
    public void addIterations(int laneIndex, List<IterationMetrics> metrics) {
        Lane lane = lanes.get(laneIndex);
        for (IterationMetrics m : metrics) {
            if (m.iteration() <= lane.lastIteration) {
                continue;
            }
            if (lane.lastIteration == 0 && Double.isFinite(m.loss())) {
                raiseCeiling(m.loss());
            }
            lane.lastIteration = m.iteration();
            double x = axis.get() == RaceAxis.TIME ? m.trainingSeconds() : m.iteration();
            lane.raw.add(x, m.loss());
            lane.smoothed.add(x, lane.smoother.add(m.loss()));
        }
    }

    /** Iteration losses of one lane received since the lanes were set or cleared. */
    public long receivedIterations(int laneIndex) {
        return lanes.get(laneIndex).raw.received();
    }

    public int laneCount() {
        return lanes.size();
    }

    /** What x shows; changing it clears the points (the owner adds them again). */
    public ObjectProperty<RaceAxis> axisProperty() {
        return axis;
    }

    public BooleanProperty logScaleProperty() {
        return logToggle.selectedProperty();
    }

    private void raiseCeiling(double startingLoss) {
        highestStart = Double.isNaN(highestStart) ? startingLoss : Math.max(highestStart, startingLoss);
        setYCeiling(highestStart > 0 ? CEILING_FACTOR * highestStart : Double.NaN);
    }

    private HBox axisSwitch() {
        ToggleGroup group = new ToggleGroup();
        iterationsToggle.setId(ITERATIONS_TOGGLE_ID);
        timeToggle.setId(TIME_TOGGLE_ID);
        iterationsToggle.setTooltip(new Tooltip("X axis: parameter updates"));
        timeToggle.setTooltip(new Tooltip("X axis: each lane's own training time, in seconds"));
        for (ToggleButton toggle : List.of(iterationsToggle, timeToggle)) {
            toggle.setToggleGroup(group);
            toggle.getStyleClass().add(Styles.SMALL);
        }
        iterationsToggle.getStyleClass().add(Styles.LEFT_PILL);
        timeToggle.getStyleClass().add(Styles.RIGHT_PILL);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                axis.set(now == timeToggle ? RaceAxis.TIME : RaceAxis.ITERATIONS);
            }
        });
        HBox box = new HBox(iterationsToggle, timeToggle);
        box.getStyleClass().add("race-axis-switch");
        return box;
    }

    private void showAxis(RaceAxis now) {
        (now == RaceAxis.TIME ? timeToggle : iterationsToggle).setSelected(true);
        if (now == RaceAxis.TIME) {
            setAxisFormats("training time", ChartFormat::seconds, ChartFormat::compact);
            setXMinStep(0);
        } else {
            setAxisFormats("iteration", ChartFormat::whole, ChartFormat::compact);
            setXMinStep(1);
        }
        clearPoints();
    }
}
