package dev.workbench.app.compare;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.form.FormAccess;
import dev.workbench.app.form.ParameterEditor;
import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.BannerArea;
import dev.workbench.app.lesson.MessageBanner;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.MetricSpec;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The Compare tab of every lesson page: choose optimizers or one of the lesson's comparisons, race
 * them on the form's current settings, watch every lane's loss and the lesson's own measures live, and read (or
 * export) who got where first. The lanes train in the engine's {@link Race}; this class only lays
 * out and wires the views around a {@link RaceRunner}.
 */
public final class CompareTab {
    public static final String TAB_ID = "compare-tab";
    public static final String STYLE_CLASS = "compare-view";
    public static final String SETUP_CLASS = "race-setup";
    public static final String BLOCKED_REASON_ID = "race-blocked-reason";
    public static final String STATUS_ID = "race-status";
    public static final String PHASE_ID = "race-phase";
    public static final String TARGET_ID = "race-target-loss";
    public static final String EXPORT_CSV_ID = "race-export-csv";
    public static final String EXPORT_PNG_ID = "race-export-png";
    public static final String CHARTS_ID = "race-charts";
    public static final String LOSS_CHART_ID = "race-loss-chart";
    public static final String EPOCH_CHART_ID = "race-epoch-chart";
    static final String STYLESHEET = "/dev/workbench/app/css/compare.css";

    private final Lesson lesson;
    private final FormAccess form;
    private final BannerArea banners;
    private final RaceRunner runner;
    private final RaceExport export;
    private final RaceChooser chooser;
    private final OptimizerRowsEditor rowsEditor = new OptimizerRowsEditor(OptimizerRow.DEFAULTS);
    private final LaneChips chips = new LaneChips();
    private final StackPane lanes = new StackPane();
    private final RaceControls controls = new RaceControls();
    private final RaceChart lossChart = new RaceChart();
    private final RaceEpochChart epochChart;
    private final RaceTable table;
    private final HBox charts;
    private final Label phase = new Label();
    private final Label status = new Label();
    private final Label blockedReason = new Label();
    private final TextField target = new TextField();
    private final Button exportCsv = new Button("Export CSV…");
    private final Button exportPng = new Button("Export PNG…");
    private final ReadOnlyObjectWrapper<RaceCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final Tab tab;

    public CompareTab(Lesson lesson, FormAccess form, BackgroundWorker worker, Executor fx, BannerArea banners) {
        this.lesson = lesson;
        this.form = form;
        this.banners = banners;
        this.epochChart = new RaceEpochChart(lesson.metrics());
        this.table = new RaceTable(lesson.metrics());
        this.charts = new HBox(lossChart, epochChart);
        this.runner = new RaceRunner(lesson, worker, fx);
        this.export = new RaceExport(lesson.id(), runner, charts, worker, fx, banners);
        this.chooser = new RaceChooser(lesson);
        runner.addObserver(new RaceFeed(lossChart, epochChart));

        VBox content = new VBox(setupPane(), racePane());
        content.getStyleClass().add(STYLE_CLASS);
        content.getStylesheets().add(Objects.requireNonNull(CompareTab.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        tab = new Tab("Compare", chooser.hasOptions() ? content : nothingToRace());
        tab.setId(TAB_ID);
        wire();
    }

    // ---- for the page and tests -------------------------------------------------------------

    public Tab tab() {
        return tab;
    }

    public RaceRunner runner() {
        return runner;
    }

    public RaceChooser chooser() {
        return chooser;
    }

    public OptimizerRowsEditor rowsEditor() {
        return rowsEditor;
    }

    public RaceChart lossChart() {
        return lossChart;
    }

    public RaceEpochChart epochChart() {
        return epochChart;
    }

    public RaceTable table() {
        return table;
    }

    /** Whether the current choice can race on the current settings, and if not, why. */
    public ReadOnlyObjectProperty<RaceCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** The sentence under the controls explaining why Start is off, or empty. */
    public String blockedReason() {
        return blockedReason.isVisible() ? blockedReason.getText() : "";
    }

    /** Starts a race with the current choice, if it can start. */
    public void start() {
        RaceCheck current = check.get();
        if (current != null && current.isReady()) {
            banners.clear(MessageBanner.Kind.SUCCESS);
            runner.start(current.plan());
        }
    }

    /** Writes the current race's losses and results as CSV (results next to {@code lossesFile}). */
    public CompletableFuture<List<Path>> exportCsv(Path lossesFile) {
        return export.writeCsv(lossesFile);
    }

    /** Writes both race charts as one PNG. */
    public CompletableFuture<Path> exportPng(Path file) {
        return export.writePng(file);
    }

    // ---- layout ---------------------------------------------------------------------------

    private Node setupPane() {

        lanes.getStyleClass().add("race-lanes");
        lanes.setAlignment(Pos.CENTER_LEFT);

        phase.setId(PHASE_ID);
        phase.getStyleClass().add("phase-chip");
        phase.setMinWidth(Region.USE_PREF_SIZE);
        status.setId(STATUS_ID);
        status.getStyleClass().addAll(Styles.TEXT_MUTED, "race-status");
        exportCsv.setId(EXPORT_CSV_ID);
        exportCsv.setTooltip(new Tooltip("Save every lane's losses and the results table as CSV"));
        exportPng.setId(EXPORT_PNG_ID);
        exportPng.setTooltip(new Tooltip("Save the race charts as a picture"));
        for (Button button : List.of(exportCsv, exportPng)) {
            button.getStyleClass().add(Styles.SMALL);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(chooser, Priority.ALWAYS);
        controls.setMinWidth(Region.USE_PREF_SIZE);
        HBox topRow = new HBox(chooser, controls, phase);
        topRow.getStyleClass().add("race-choice-row");
        topRow.setAlignment(Pos.CENTER_LEFT);

        blockedReason.setId(BLOCKED_REASON_ID);
        blockedReason.getStyleClass().addAll(Styles.DANGER, "blocked-reason");
        blockedReason.setWrapText(true);
        blockedReason.managedProperty().bind(blockedReason.visibleProperty());

        VBox setup = new VBox(topRow, chooser.description(), lanes, blockedReason);
        setup.getStyleClass().add(SETUP_CLASS);
        return setup;
    }

    private Node racePane() {
        lossChart.setId(LOSS_CHART_ID);
        epochChart.setId(EPOCH_CHART_ID);
        HBox.setHgrow(lossChart, Priority.ALWAYS);
        HBox.setHgrow(epochChart, Priority.ALWAYS);
        lossChart.setPrefWidth(640);
        epochChart.setPrefWidth(400);
        charts.setId(CHARTS_ID);
        charts.getStyleClass().add("race-charts");

        Label heading = new Label("Results");
        heading.getStyleClass().addAll(Styles.TITLE_4, "race-heading");
        MetricSpec ranking = lesson.metrics().ranking();
        Label targetLabel = new Label("Target " + ranking.label().toLowerCase(Locale.ROOT).replace("training ", ""));
        targetLabel.setLabelFor(target);
        target.setId(TARGET_ID);
        target.setText(ranking.hasTarget() ? ChartFormat.compact(ranking.defaultTarget()) : "");
        target.setPrefColumnCount(5);
        target.setTooltip(new Tooltip("The table times when each lane's " + ranking.label().toLowerCase(Locale.ROOT)
                + " (averaged over 10 iterations) first reaches this"));
        heading.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        targetLabel.setMinWidth(Region.USE_PREF_SIZE);
        target.setMinWidth(Region.USE_PREF_SIZE);
        HBox resultsHeader = new HBox(heading, status, targetLabel, target, exportCsv, exportPng);
        resultsHeader.getStyleClass().add("race-results-header");
        resultsHeader.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox results = new VBox(resultsHeader, table);
        results.getStyleClass().add("race-results");

        SplitPane split = new SplitPane(charts, results);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        split.getStyleClass().add("race-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        return split;
    }

    private static Node nothingToRace() {
        Label none = new Label("This lesson has no optimizer setting and no ready-made comparison to race.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane pane = new StackPane(none);
        pane.getStyleClass().add(STYLE_CLASS);
        return pane;
    }

    // ---- wiring ---------------------------------------------------------------------------

    private void wire() {
        controls.start.setOnAction(e -> start());
        controls.pause.setOnAction(e -> runner.pause());
        controls.resume.setOnAction(e -> runner.resume());
        controls.stop.setOnAction(e -> runner.stop());
        exportCsv.setOnAction(e -> export.chooseCsv(exportCsv.getScene().getWindow()));
        exportPng.setOnAction(e -> export.choosePng(exportPng.getScene().getWindow()));
        form.resultProperty().addListener((obs, old, now) -> recheck());
        chooser.selectedProperty().addListener((obs, old, now) -> recheck());
        rowsEditor.rowsProperty().addListener((obs, old, now) -> recheck());
        runner.phaseProperty().addListener((obs, old, now) -> refresh());
        runner.rowsProperty().addListener((obs, old, rows) -> {
            table.show(rows);
            showSpeeds();
            refreshStatus();
        });
        runner.failureProperty().addListener((obs, old, message) -> {
            if (message != null) {
                banners.show(MessageBanner.Kind.ERROR, "The race could not start: " + message);
            }
        });
        target.textProperty().addListener((obs, old, text) -> applyTarget(text));
        recheck();
    }

    private Optional<Comparison> comparison() {
        return chooser.selectedProperty().get();
    }

    private void recheck() {
        RaceChoice choice = comparison().<RaceChoice>map(RaceChoice.ReadyMade::new)
                .orElseGet(() -> new RaceChoice.Optimizers(rowsEditor.rows()));
        RaceCheck next = RacePlanner.check(lesson, form.resultProperty().get(), choice);
        check.set(next);
        rowsEditor.showProblems(choice instanceof RaceChoice.Optimizers ? next.rowProblems() : Map.of());
        comparison().ifPresentOrElse(c -> {
            chips.show(c.lanes().stream().map(Comparison.Lane::label).toList());
            lanes.getChildren().setAll(chips);
        }, () -> lanes.getChildren().setAll(rowsEditor));
        showSpeeds();
        refresh();
    }

    /**
     * Each lane's speed on its chip, for races against the clock (batch sizes: fewer, bigger
     * updates) while the chips show the lanes of the current race.
     */
    private void showSpeeds() {
        RacePlan plan = runner.planProperty().get();
        boolean same = plan != null && plan.timeAxis()
                && comparison().map(c -> c.title().equals(plan.title())).orElse(false);
        chips.showSpeeds(same ? runner.rowsProperty().get() : List.of());
    }

    private void refresh() {
        RaceCheck current = check.get();
        RacePhase now = runner.phase();
        controls.show(now, current.isReady());
        boolean blocked = !current.isReady() && now.canStart();
        blockedReason.setText(blocked ? "Start is disabled: " + current.problem() : "");
        blockedReason.setVisible(blocked);
        phase.setText(now.label());
        phase.getStyleClass().removeIf(c -> c.startsWith("phase-") && !c.equals("phase-chip"));
        phase.getStyleClass().add("phase-" + phaseStyle(now));
        boolean hasRace = runner.raceProperty().get() != null && now != RacePhase.PREPARING;
        exportCsv.setDisable(!hasRace);
        exportPng.setDisable(!hasRace);
        refreshStatus();
    }

    private void refreshStatus() {
        RacePhase now = runner.phase();
        RacePlan plan = runner.planProperty().get();
        if (now == RacePhase.PREPARING) {
            status.setText("Building one network per lane…");
            return;
        }
        if (plan == null) {
            status.setText("");
            return;
        }
        String lanesText = plan.lanes().size() + " lanes";
        if (plan.secondsBudget() > 0) {
            lanesText += ", " + ChartFormat.seconds(plan.secondsBudget()) + " of training each";
        }
        MetricSpec ranking = lesson.metrics().ranking();
        Comparator<RaceRow> best = Comparator.comparingDouble(r -> r.finalValue(ranking.id()));
        String leader = runner.rowsProperty().get().stream()
                .filter(r -> !r.diverged() && Double.isFinite(r.finalValue(ranking.id())))
                .min(ranking.goal() == MetricSpec.Goal.LOWER_IS_BETTER ? best : best.reversed())
                .map(r -> " · " + (ranking.goal() == MetricSpec.Goal.LOWER_IS_BETTER ? "lowest " : "highest ")
                        + ranking.label().toLowerCase(Locale.ROOT) + ": " + r.label()
                        + String.format(Locale.ROOT, " at %.3f", r.finalValue(ranking.id())))
                .orElse("");
        status.setText(lanesText + leader);
    }

    private static String phaseStyle(RacePhase phase) {
        return switch (phase) {
            case IDLE -> "empty";
            case PREPARING -> "preparing";
            case RUNNING -> "running";
            case PAUSED -> "paused";
            case OVER -> "finished";
        };
    }

    private void applyTarget(String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        boolean valid = value > 0 && Double.isFinite(value);
        target.pseudoClassStateChanged(Styles.STATE_DANGER, !valid);
        if (valid) {
            target.getStyleClass().remove(ParameterEditor.INVALID_CLASS);
            runner.setTargetLoss(value);
        } else if (!target.getStyleClass().contains(ParameterEditor.INVALID_CLASS)) {
            target.getStyleClass().add(ParameterEditor.INVALID_CLASS);
        }
    }

}
