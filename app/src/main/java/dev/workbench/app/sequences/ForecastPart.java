package dev.workbench.app.sequences;

import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.lesson.QuerySlot;
import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.sequences.RecursiveForecast;
import dev.workbench.lessons.sequences.SeriesTimeline;
import dev.workbench.lessons.sequences.SequencesLesson;
import dev.workbench.lessons.sequences.SequencesSession;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Forecast tab: the start of the validation period with the true series and the model's
 * one-step forecast, streamed by the lesson's forecast probe while training; and a recursive
 * forecast from a chosen point (click the period or move the slider), computed on the training
 * thread by {@link SequencesSession#recursiveForecast}, beside the truth and the baselines.
 */
public final class ForecastPart implements LessonPagePart {
    public static final String TAB_ID = "sequences-forecast-tab";
    public static final String ORIGIN_SLIDER_ID = "sequences-forecast-origin";
    public static final String SUMMARY_ID = "sequences-forecast-summary";
    static final String STYLESHEET = "/dev/workbench/app/css/sequences.css";
    static final String TAB_CLASS = "seq-tab";
    static final String HINT_CLASS = "seq-hint";
    static final String SUMMARY_CLASS = "seq-summary";
    static final String CONTROLS_CLASS = "seq-controls";
    static final String PANE_CLASS = "seq-pane";

    private final PartContext context;
    private final SeriesPlot period = new SeriesPlot(40, 12, 14, 9);
    private final SeriesPlot zoom = new SeriesPlot(40, 12, 14, 9);
    private final PlotLegend periodLegend = new PlotLegend();
    private final PlotLegend zoomLegend = new PlotLegend();
    private final Slider origin = new Slider(0, 1, 0);
    private final Label originLabel = new Label();
    private final Label summary = new Label();
    private final ScrollPane plots;
    private final Tab tab;
    private final QuerySlot<SequencesSession, SeriesTimeline> timelineSlot;
    private final QuerySlot<SequencesSession, ProbeRecord.Points> periodSlot;
    private final QuerySlot<SequencesSession, RecursiveForecast> forecastSlot;
    private final ReadOnlyIntegerWrapper forecasts = new ReadOnlyIntegerWrapper(this, "forecasts");

    private TrainingRun run;
    private SeriesTimeline timeline;
    private ProbeRecord.Points shownPeriod;
    private RecursiveForecast shownForecast;
    private String cellName = "model";
    private boolean settingOrigin;

    public ForecastPart(PartContext context) {
        this.context = context;
        timelineSlot = slot();
        periodSlot = slot();
        forecastSlot = slot();
        period.setPlaceholder("Train (or load a checkpoint) to see the forecast over the validation period.");
        zoom.setPlaceholder("Click a point in the period above to forecast from there.");
        period.setOnPick(x -> {
            if (!origin.isDisabled()) {
                origin.setValue(Math.round(x));
            }
        });
        Tooltip.install(period, new Tooltip("Click to forecast from this point, feeding the model its own forecasts"));
        origin.setId(ORIGIN_SLIDER_ID);
        origin.setDisable(true);
        origin.setBlockIncrement(1);
        origin.valueProperty().addListener((obs, old, now) -> {
            if (!settingOrigin) {
                askForecast();
            }
        });
        HBox.setHgrow(origin, Priority.ALWAYS);
        origin.setMinWidth(8 * 13);
        Label from = new Label("Forecast from");
        from.setMinWidth(Region.USE_PREF_SIZE);
        originLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(from, origin, originLabel);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add(CONTROLS_CLASS);
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add(SUMMARY_CLASS);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        VBox.setVgrow(period, Priority.ALWAYS);
        VBox.setVgrow(zoom, Priority.ALWAYS);
        VBox top = new VBox(periodLegend, period, controls);
        top.getStyleClass().add(PANE_CLASS);
        VBox bottom = new VBox(zoomLegend, zoom, summary);
        bottom.getStyleClass().add(PANE_CLASS);
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        VBox column = new VBox(top, bottom);
        column.getStyleClass().add(TAB_CLASS);
        // Both plots keep their minimum height; when the tab is shorter (large text, a small
        // window), it scrolls, like the Training tab.
        plots = new ScrollPane(column);
        plots.setFitToWidth(true);
        plots.setFitToHeight(true);
        plots.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        plots.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        tab = new Tab("Forecast", plots);
        tab.setId(TAB_ID);
        tab.setClosable(false);
        showLegends();
    }

    private <T> QuerySlot<SequencesSession, T> slot() {
        return new QuerySlot<>(SequencesSession.class, () -> run, context.fx(), context.reportError());
    }

    @Override
    public Node overview() {
        return null;
    }

    @Override
    public List<Tab> tabs() {
        return List.of(tab);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(ForecastPart.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    /** How many recursive forecasts have been shown (tests wait on it). */
    public ReadOnlyIntegerProperty forecastsProperty() {
        return forecasts.getReadOnlyProperty();
    }

    RecursiveForecast shownForecast() {
        return shownForecast;
    }

    Slider originSlider() {
        return origin;
    }

    SeriesPlot periodPlot() {
        return period;
    }

    SeriesPlot zoomPlot() {
        return zoom;
    }

    @Override
    public void runAttached(TrainingRun attached) {
        run = attached;
        timeline = null;
        shownPeriod = null;
        shownForecast = null;
        Object cell = attached.settings().values().get(SequencesLesson.CELL);
        cellName = cell == null ? "model" : cell.toString().toUpperCase(Locale.ROOT);
        period.setLines(List.of());
        zoom.setLines(List.of());
        period.setBand(Double.NaN, Double.NaN);
        period.setMarker(Double.NaN);
        origin.setDisable(true);
        originLabel.setText("");
        summary.setText("");
        showLegends();
        refresh();
    }

    @Override
    public void update(TrainingRun current, RunUpdate update) {
        for (ProbeSample sample : update.probes()) {
            if (SequencesLesson.FORECAST.equals(sample.probeId()) && sample.record() instanceof ProbeRecord.Points points) {
                showPeriod(points);
            }
        }
        boolean settled = update.newState()
                .filter(state -> state == RunState.PAUSED || state == RunState.STOPPED || state == RunState.FINISHED)
                .isPresent();
        if (settled) {
            refresh();
        }
    }

    @Override
    public void refresh() {
        if (run == null) {
            return;
        }
        if (timeline == null) {
            timelineSlot.ask(SequencesSession::timeline, answer -> {
                timeline = answer;
                period.setYLabel(answer.valueLabel());
                zoom.setYLabel(answer.valueLabel());
                period.setTimeLabel(answer::time);
                zoom.setTimeLabel(answer::time);
                showLegends();
                if (shownPeriod != null) {
                    showPeriod(shownPeriod);
                }
            });
        }
        periodSlot.ask(SequencesSession::forecastProbe, this::showPeriod);
    }

    private void showPeriod(ProbeRecord.Points points) {
        shownPeriod = points;
        int n = points.x().length / 2;
        if (n == 0) {
            return;
        }
        double[] rows = java.util.Arrays.copyOfRange(points.x(), 0, n);
        period.setLines(List.of(
                new SeriesPlot.Line(PlotRole.TRUTH, rows, java.util.Arrays.copyOfRange(points.y(), 0, n), false, 1.4),
                new SeriesPlot.Line(PlotRole.MODEL, rows, java.util.Arrays.copyOfRange(points.y(), n, 2 * n), false, 1.4)));
        if (timeline == null) {
            return;
        }
        int steps = timeline.forecastSteps();
        int first = (int) rows[0] - 1;
        int last = Math.max(first + 1, (int) rows[n - 1] - steps);
        boolean fresh = origin.isDisabled();
        settingOrigin = true;
        origin.setMin(first);
        origin.setMax(last);
        origin.setMajorTickUnit(Math.max(1, (last - first) / 4.0));
        if (fresh) {
            // A point a little into the period, so the window before it is visible too.
            origin.setValue(first + Math.min(last - first, Math.max(timeline.window(), (last - first) / 5)));
        }
        origin.setDisable(false);
        settingOrigin = false;
        askForecast();
    }

    private void askForecast() {
        if (timeline == null || origin.isDisabled()) {
            return;
        }
        int row = (int) Math.round(origin.getValue());
        int steps = timeline.forecastSteps();
        originLabel.setText(timeline.time(row));
        period.setMarker(row);
        period.setBand(row, row + steps);
        forecastSlot.ask(session -> session.recursiveForecast(row, steps), this::showForecast);
    }

    private void showForecast(RecursiveForecast forecast) {
        shownForecast = forecast;
        int from = forecast.originRow();
        double[] history = forecast.history();
        int steps = forecast.steps();
        double[] pastRows = new double[history.length];
        for (int i = 0; i < history.length; i++) {
            pastRows[i] = from - history.length + 1 + i;
        }
        // Each forecast line starts at the last known value, so it visibly leaves from the truth.
        double[] aheadRows = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            aheadRows[k] = from + k;
        }
        double last = history[history.length - 1];
        List<SeriesPlot.Line> lines = new ArrayList<>();
        double[] truth = joined(history, forecast.truth());
        double[] truthRows = new double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            truthRows[i] = from - history.length + 1 + i;
        }
        lines.add(new SeriesPlot.Line(PlotRole.TRUTH, truthRows, truth, false, 1.6));
        lines.add(new SeriesPlot.Line(PlotRole.PERSISTENCE, aheadRows, ahead(last, forecast.persistence()), true, 1.4));
        lines.add(new SeriesPlot.Line(PlotRole.SEASONAL, aheadRows, ahead(last, forecast.seasonalNaive()), true, 1.4));
        lines.add(new SeriesPlot.Line(PlotRole.AUTOREGRESSION, aheadRows, ahead(last, forecast.autoregression()), true, 1.4));
        lines.add(new SeriesPlot.Line(PlotRole.MODEL, aheadRows, ahead(last, forecast.model()), false, 2.4));
        zoom.setLines(lines);
        zoom.setBand(from, from + steps);
        zoom.setMarker(from);
        summary.setText(summaryText(forecast));
        forecasts.set(forecasts.get() + 1);
    }

    private String summaryText(RecursiveForecast forecast) {
        String unit = timeline == null ? "" : timeline.unit();
        int steps = forecast.steps();
        String span = timeline == null ? steps + " steps"
                : steps + " steps (" + timeline.time(forecast.originRow() + 1) + " to " + timeline.time(forecast.originRow() + steps) + ")";
        StringBuilder text = new StringBuilder("Mean absolute error over the next " + span + ": ");
        if (forecast.problem() == null) {
            text.append(cellName).append(" fed its own forecasts ")
                    .append(error(forecast.meanAbsoluteError(forecast.model(), steps), unit)).append(", ");
        }
        text.append("persistence ").append(error(forecast.meanAbsoluteError(forecast.persistence(), steps), unit))
                .append(", seasonal naive ").append(error(forecast.meanAbsoluteError(forecast.seasonalNaive(), steps), unit))
                .append(", autoregression fed back ")
                .append(error(forecast.meanAbsoluteError(forecast.autoregression(), steps), unit)).append('.');
        if (forecast.problem() != null) {
            text.append(' ').append(forecast.problem());
        } else {
            text.append(" Each step's error becomes part of the next step's input, so errors compound.");
        }
        return text.toString();
    }

    /** Two decimals are what a student compares; the CLI keeps four. */
    private static String error(double value, String unit) {
        if (Double.isNaN(value)) {
            return "-";
        }
        String number = String.format(Locale.ROOT, "%.2f", value);
        return unit.isEmpty() ? number : number + " " + unit;
    }

    private void showLegends() {
        String model = cellName;
        periodLegend.clearEntries();
        periodLegend.add(PlotRole.TRUTH, "true series", false)
                .add(PlotRole.MODEL, model + ", one step ahead (each from the true past)", false);
        zoomLegend.clearEntries();
        zoomLegend.add(PlotRole.TRUTH, "true series", false)
                .add(PlotRole.MODEL, model + " fed its own forecasts", false)
                .add(PlotRole.PERSISTENCE, "persistence", true)
                .add(PlotRole.SEASONAL, "seasonal naive", true)
                .add(PlotRole.AUTOREGRESSION, "autoregression fed back", true);
    }

    private static double[] joined(double[] a, double[] b) {
        double[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static double[] ahead(double last, double[] forecast) {
        double[] values = new double[forecast.length + 1];
        values[0] = Double.isNaN(forecast[0]) ? Double.NaN : last;
        System.arraycopy(forecast, 0, values, 1, forecast.length);
        return values;
    }
}
