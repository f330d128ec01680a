package dev.workbench.app.lesson;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.LossChart;
import dev.workbench.app.charts.MetricChart;
import dev.workbench.app.compare.CompareTab;
import dev.workbench.app.form.FormResult;
import dev.workbench.app.form.HeaderRow;
import dev.workbench.app.form.ParameterForm;
import dev.workbench.app.notes.MarkdownView;
import dev.workbench.app.notes.NoteAction;
import dev.workbench.app.probes.ProbePanel;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page every lesson gets: notes, a settings form generated from its hyperparameters, run
 * controls with progress, live charts of the lesson's declared metrics, its live probes, and the
 * lesson-specific parts its {@link LessonViews} name.
 */
public final class LessonPage extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(LessonPage.class);
    public static final String STYLE_CLASS = "lesson-page";
    public static final String HEADER_CLASS = "lesson-header";
    public static final String SETTINGS_CLASS = "lesson-settings";
    public static final String RUN_BAR_CLASS = "run-bar";
    public static final String CHARTS_CLASS = "chart-row";
    private static final String TAB_HEADER_AREA_CLASS = "tab-header-area";
    public static final String BLOCKED_REASON_ID = "train-blocked-reason";
    public static final String PENDING_NOTE_ID = "pending-settings-note";
    public static final String TABS_ID = "lesson-tabs";
    public static final String PROBES_TAB_ID = "probes-tab";
    public static final String LOSS_CHART_ID = "loss-chart";
    /** Charts of declared metrics get the id {@code CHART_ID_PREFIX + chart name}, e.g. "metric-chart-accuracy". */
    public static final String CHART_ID_PREFIX = "metric-chart-";
    public static final String SETTINGS_TOGGLE_ID = "settings-toggle";
    public static final String RUN_CONTROLS_ID = "run-controls";
    public static final String MAIN_SCROLL_CLASS = "main-scroll";
    public static final String TRAINING_SCROLL_CLASS = "training-scroll";
    /**
     * What Step says after a run has ended: it continues a run and never throws a trained model
     * away; a new run is one deliberate press of Reset or Train.
     */
    public static final String STEP_AFTER_END = "This run has ended, and Step only continues a run: the trained model "
            + "stays here to inspect or save. For a new model press Reset (R), then Step, or press Train.";
    /**
     * Narrower than this many em (of the page's own text size), the settings column folds away
     * by itself: at large text it would otherwise take half the page from the charts.
     */
    static final double SETTINGS_FOLD_EM = 62;
    /**
     * Shorter than this many em, the one-line summary under the title steps aside (it stays as
     * the title's tooltip), leaving the height to the run bar and the charts.
     */
    static final double SUMMARY_FOLD_EM = 30;
    private static final double SETTINGS_DIVIDER = 0.26;

    private final Lesson lesson;
    private final LessonRunner runner;
    private final ParameterForm form;
    private final RunControls controls = new RunControls();
    private final ProgressPanel progress = new ProgressPanel();
    private final BannerArea banners = new BannerArea();
    private final ChartGrid chartGrid;
    private final Label blockedReason = new Label();
    private final Label pendingNote = new Label("These settings apply to the next run (Train or Reset).");
    private final Label summary = new Label();
    private final ToggleButton settingsToggle = new ToggleButton("Settings");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final TabPane tabs = new TabPane();
    /** The tab pane skin's header row (found once; see {@link #tabHeaderArea()}). */
    private Region tabHeader;
    private final SplitPane body = new SplitPane();
    private Node settings;
    private Node main;
    private boolean narrow;
    private final javafx.beans.property.BooleanProperty shortPage = new SimpleBooleanProperty(this, "shortPage");
    private final List<LessonPagePart> parts;
    private final CompareTab compare;
    /** The lesson's live probes, or null when it declares none. */
    private final ProbePanel probes;
    private boolean activated;

    /** The generic page only, without lesson-specific views. */
    public LessonPage(Lesson lesson, BackgroundWorker worker, Executor fx) {
        this(lesson, worker, fx, LessonViews.NONE);
    }

    public LessonPage(Lesson lesson, BackgroundWorker worker, Executor fx, LessonViews views) {
        this.lesson = lesson;
        this.runner = new LessonRunner(lesson, worker, fx);
        this.form = new ParameterForm(lesson);
        this.parts = List.copyOf(views.partsFor(lesson,
                new PartContext(lesson, fx, this::showError, form, this::followTryLink)));
        this.compare = new CompareTab(lesson, form, worker, fx, banners);
        this.probes = lesson.probes().isEmpty() ? null : new ProbePanel(lesson.probes());
        getStyleClass().add(STYLE_CLASS);
        setId("lesson-page-" + lesson.id());

        // The form's defaults decide the charts until the first run says which series it reports.
        chartGrid = new ChartGrid(form.result().validSettings().map(lesson::metrics).orElse(lesson.metrics()));

        setTop(header());
        settings = settingsColumn();
        main = mainScroll(mainColumn());
        body.getItems().setAll(settings, main);
        body.getStyleClass().add("lesson-body");
        body.setDividerPositions(SETTINGS_DIVIDER);
        SplitPane.setResizableWithParent(settings, false);
        setCenter(body);
        wireSettingsFolding();

        runner.addObserver(new ChartFeed());
        parts.forEach(runner::addObserver);
        wireControls();
        runner.failureProperty().addListener((obs, old, message) -> {
            if (message == null) {
                banners.clear(MessageBanner.Kind.ERROR);
            } else {
                banners.show(MessageBanner.Kind.ERROR, message);
            }
        });
    }

    // ---- for the shell and tests ------------------------------------------------------------

    public Lesson lesson() {
        return lesson;
    }

    public LessonRunner runner() {
        return runner;
    }

    public ParameterForm form() {
        return form;
    }

    public LossChart lossChart() {
        return chartGrid.lossChart();
    }

    /** The charts of the lesson's declared metrics besides the loss, in declaration order. */
    public java.util.List<MetricChart> metricCharts() {
        return chartGrid.metricCharts();
    }

    /** The chart of the declared metrics named {@code chart} (e.g. "accuracy"). */
    public MetricChart metricChart(String chart) {
        return chartGrid.metricChart(chart).orElseThrow(() -> new IllegalArgumentException("no chart '" + chart + "'"));
    }

    /** The chart row, for exporting as an image. */
    public Region chartsNode() {
        return chartGrid;
    }

    public BannerArea banners() {
        return banners;
    }

    /** The run bar's buttons (Train, Pause, ...), for checking that none is cut off. */
    public RunControls runControls() {
        return controls;
    }

    /**
     * Presentation mode: the settings column and the lesson summary give their room to the
     * charts (the settings button still opens the column). The shell sets it on every page.
     */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public void setPresentation(boolean on) {
        presentation.set(on);
    }

    /** Whether the settings column shows (the settings button, or folded for room). */
    public boolean isSettingsShown() {
        return settingsToggle.isSelected();
    }

    public void setSettingsShown(boolean shown) {
        settingsToggle.setSelected(shown);
    }

    /** The lesson-specific parts plugged into this page, in tab order. */
    public List<LessonPagePart> parts() {
        return parts;
    }

    /** The plugged-in part of this type, if any. */
    public <T extends LessonPagePart> Optional<T> part(Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The widgets of the lesson's live probes, if it declares any. */
    public Optional<ProbePanel> probes() {
        return Optional.ofNullable(probes);
    }

    /** The Compare tab (races on this page's settings). */
    public CompareTab compare() {
        return compare;
    }

    /** Called when the page is first shown: prepares a model so views and Train respond at once. */
    public void activate() {
        if (activated) {
            return;
        }
        activated = true;
        form.result().validSettings().ifPresent(runner::reset);
    }

    public void showError(String message) {
        banners.show(MessageBanner.Kind.ERROR, message);
    }

    public void showInfo(String message) {
        banners.show(MessageBanner.Kind.SUCCESS, message);
    }

    /** A hint about what the student just tried (not an error, not news of success). */
    public void showNotice(String message) {
        banners.show(MessageBanner.Kind.INFO, message);
    }

    // ---- actions (buttons and shortcuts) --------------------------------------------------

    public void train() {
        banners.clear(MessageBanner.Kind.INFO);
        settingsOrExplain().ifPresent(runner::train);
    }

    public void pause() {
        runner.pause();
    }

    public void resume() {
        runner.resume();
    }

    public void togglePause() {
        runner.togglePause();
    }

    public void step() {
        if (runner.phase().isOver()) {
            showNotice(STEP_AFTER_END);
            return;
        }
        if (!runner.phase().canStep()) {
            return;
        }
        if (runner.phase() == RunPhase.PAUSED) {
            runner.step(null);
        } else {
            settingsOrExplain().ifPresent(runner::step);
        }
    }

    public void stop() {
        runner.stop();
    }

    /** Runs one named sub-step of the current model, e.g. "step-d" in a GAN; ignored when not possible now. */
    public void stepSub(String subStepId) {
        if (runner.phase() == RunPhase.PAUSED || runner.phase() == RunPhase.READY) {
            runner.stepSub(subStepId);
        }
    }

    /** Runs the sub-step whose key is {@code key} (a letter, as typed); false when none has that key. */
    public boolean stepSubByKey(String key) {
        return runner.subSteps().stream().filter(sub -> sub.key().equalsIgnoreCase(key)).findFirst()
                .map(sub -> {
                    stepSub(sub.id());
                    return true;
                }).orElse(false);
    }

    public void reset() {
        if (runner.phase().canReset()) {
            banners.clear(MessageBanner.Kind.SUCCESS);
            banners.clear(MessageBanner.Kind.INFO);
            runner.reset(form.result().validSettings().orElse(null));
        }
    }

    /** Loads a checkpoint; the current model stays until it has loaded, and a bad file only shows an error. */
    public CompletableFuture<Settings> loadCheckpoint(Path file) {
        banners.clear(MessageBanner.Kind.SUCCESS);
        banners.show(MessageBanner.Kind.INFO, "Loading " + file.getFileName() + "…");
        return runner.loadCheckpoint(file).whenComplete((settings, error) -> {
            banners.clear(MessageBanner.Kind.INFO);
            if (error != null && runner.phase() == RunPhase.EMPTY) {
                // Nothing to go back to: build the default model so Train and the views work at
                // once, and keep saying what was wrong with the file.
                String problem = runner.failureProperty().get();
                form.result().validSettings().ifPresent(runner::reset);
                if (problem != null) {
                    showError(problem);
                }
            }
            if (settings != null) {
                form.show(settings);
                showInfo("Loaded " + file.getFileName() + ": the trained model is ready to inspect or train further.");
            }
        });
    }

    private Optional<Settings> settingsOrExplain() {
        FormResult result = form.result();
        if (!result.isValid()) {
            result.firstError(form.fieldOrder()).ifPresent(this::showError);
        }
        return result.validSettings();
    }

    // ---- layout ---------------------------------------------------------------------------

    private Node header() {
        Label title = new Label(lesson.info().title());
        title.getStyleClass().addAll(Styles.TITLE_2, "lesson-title");
        Label category = new Label(lesson.info().category().label());
        category.getStyleClass().add("category-chip");
        title.setMinWidth(0);
        title.setWrapText(true);
        category.setMinWidth(Region.USE_PREF_SIZE);
        settingsToggle.setId(SETTINGS_TOGGLE_ID);
        settingsToggle.getStyleClass().add("settings-toggle");
        settingsToggle.setMinWidth(Region.USE_PREF_SIZE);
        settingsToggle.setSelected(true);
        settingsToggle.setTooltip(new Tooltip("Show or hide the settings column"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // A long title wraps rather than pushing the settings button out.
        HBox titleRow = new HBox(title, category, spacer, settingsToggle);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.getStyleClass().add("lesson-title-row");
        summary.setText(lesson.info().summary());
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, "lesson-summary");
        summary.setWrapText(true);
        title.setTooltip(new Tooltip(lesson.info().summary()));
        summary.managedProperty().bind(summary.visibleProperty());
        VBox header = new VBox(titleRow, summary);
        header.getStyleClass().add(HEADER_CLASS);
        return header;
    }

    private Node settingsColumn() {
        Label heading = new Label("Settings");
        heading.getStyleClass().addAll(Styles.TITLE_4, "settings-heading");
        Hyperlink defaults = new Hyperlink("Restore defaults");
        defaults.setId("restore-defaults");
        defaults.setOnAction(e -> form.restoreDefaults());
        defaults.setMinWidth(Region.USE_PREF_SIZE);
        HeaderRow top = new HeaderRow(heading, defaults);
        VBox column = new VBox(top, form);
        column.getStyleClass().add("settings-column");
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll(SETTINGS_CLASS, atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private Node mainColumn() {
        // Together on one line when they fit, the figures under the buttons when not, and their
        // own buttons and figures wrap when even that is too narrow (large text on a projector).
        RunRow topRow = new RunRow(controls, progress.stats());
        controls.setId(RUN_CONTROLS_ID);
        topRow.setMinWidth(0);
        VBox runBar = new VBox(topRow, progress.bar());
        runBar.getStyleClass().add(RUN_BAR_CLASS);

        blockedReason.setId(BLOCKED_REASON_ID);
        blockedReason.getStyleClass().addAll(Styles.DANGER, "blocked-reason");
        blockedReason.setWrapText(true);
        blockedReason.managedProperty().bind(blockedReason.visibleProperty());
        pendingNote.setId(PENDING_NOTE_ID);
        pendingNote.getStyleClass().addAll(Styles.TEXT_MUTED, "pending-note");
        pendingNote.managedProperty().bind(pendingNote.visibleProperty());

        tabs.setId(TABS_ID);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(trainingTab());
        if (probes != null) {
            Tab live = new Tab("Live views", probes);
            live.setId(PROBES_TAB_ID);
            tabs.getTabs().add(live);
        }
        parts.forEach(p -> tabs.getTabs().addAll(p.tabs()));
        tabs.getTabs().add(compare.tab());
        Tab notes = new Tab("Notes");
        notes.setId("notes-tab");
        // Built when first shown: its formulas load the TeX fonts, which opening a lesson does not need.
        notes.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && notes.getContent() == null) {
                notes.setContent(notesPane());
            }
        });
        tabs.getTabs().add(notes);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        // Banners lie over the top of the tabs: one that appears does not move what is under the pointer.
        javafx.scene.layout.StackPane tabsWithBanners = banners.overlay(tabs);
        VBox.setVgrow(tabsWithBanners, Priority.ALWAYS);
        VBox column = new VBox(runBar, blockedReason, pendingNote, tabsWithBanners);
        column.getStyleClass().add("main-column");
        return column;
    }

    private Tab trainingTab() {
        Node overview = parts.stream().map(LessonPagePart::overview).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Node content;
        if (overview == null) {
            content = chartGrid;
        } else {
            SplitPane split = new SplitPane(chartGrid, overview);
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.37);
            split.getStyleClass().add("training-split");
            content = split;
        }
        // The charts keep their minimum plot height; when the tab is shorter, it scrolls.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll(TRAINING_SCROLL_CLASS, atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        Tab tab = new Tab("Training", scroll);
        tab.setId("training-tab");
        return tab;
    }

    /**
     * The run bar, messages and tabs scroll together when the window is too short for the run
     * bar and one row of charts; otherwise they fill it (fit to height).
     */
    private Node mainScroll(Node column) {
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll(MAIN_SCROLL_CLASS, atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.setMinWidth(0);
        return scroll;
    }

    /**
     * The settings button shows and hides the column; the column folds by itself when the page
     * becomes narrow for its text size or goes into presentation mode, and comes back when it
     * leaves them (a click in between wins until the next such change).
     */
    private void wireSettingsFolding() {
        settingsToggle.selectedProperty().addListener((obs, was, shown) -> {
            if (shown && !body.getItems().contains(settings)) {
                body.getItems().setAll(settings, main);
                body.setDividerPositions(SETTINGS_DIVIDER);
                // The split pane places a new item's divider on its next layout: set it again after.
                body.needsLayoutProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean needs) {
                        if (!needs) {
                            body.needsLayoutProperty().removeListener(this);
                            javafx.application.Platform.runLater(() -> body.setDividerPositions(SETTINGS_DIVIDER));
                        }
                    }
                });
            } else if (!shown) {
                body.getItems().setAll(main);
            }
        });
        presentation.addListener((obs, was, on) -> settingsToggle.setSelected(!on && !narrow));
        javafx.beans.InvalidationListener measure = obs -> {
            double em = summary.getFont().getSize();
            boolean nowNarrow = getWidth() > 0 && getWidth() < SETTINGS_FOLD_EM * em;
            if (nowNarrow != narrow) {
                narrow = nowNarrow;
                settingsToggle.setSelected(!narrow && !presentation.get());
            }
        };
        widthProperty().addListener(measure);
        summary.fontProperty().addListener(measure);
        javafx.beans.InvalidationListener measureHeight = obs ->
                shortPage.set(getHeight() > 0 && getHeight() < SUMMARY_FOLD_EM * summary.getFont().getSize());
        heightProperty().addListener(measureHeight);
        summary.fontProperty().addListener(measureHeight);
        summary.visibleProperty().bind(presentation.not().and(shortPage.not()));
    }

    @Override
    protected void layoutChildren() {
        // The tabs are never shorter than their header and the first row of charts: below that
        // the column scrolls rather than squeezing the plots to nothing.
        double em = summary.getFont().getSize();
        double rowMin = chartGrid.getChildren().isEmpty() ? 0 : chartGrid.getChildren().get(0).minHeight(-1);
        Region header = tabHeaderArea();
        double headerHeight = header != null && header.getHeight() > 0 ? header.getHeight() : 2.6 * em;
        double wanted = Math.ceil(headerHeight + rowMin + 2 * em);
        if (Math.abs(tabs.getMinHeight() - wanted) > 0.5) {
            tabs.setMinHeight(wanted);
        }
        super.layoutChildren();
    }

    /**
     * The tab pane's header row, looked for among the tab pane's own children only: a lookup
     * would walk every tab's content first, on every layout pass (20 a second while training).
     */
    private Region tabHeaderArea() {
        if (tabHeader == null || tabHeader.getParent() != tabs) {
            tabHeader = null;
            for (Node child : tabs.getChildrenUnmodifiable()) {
                if (child instanceof Region region && child.getStyleClass().contains(TAB_HEADER_AREA_CLASS)) {
                    tabHeader = region;
                }
            }
        }
        return tabHeader;
    }

    private Node notesPane() {
        MarkdownView notes = new MarkdownView(lesson.info().notesMarkdown());
        notes.setOnNoteAction(this::followTryLink);
        ScrollPane scroll = new ScrollPane(notes);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("notes-scroll");
        return scroll;
    }

    /** A "try this" link from the notes or from a lesson's own view. */
    private void followTryLink(NoteAction action) {
        new NoteActions(lesson, form, compare, () -> tabs.getSelectionModel().select(compare.tab()), banners).accept(action);
    }

    // ---- state -> controls ----------------------------------------------------------------

    private void wireControls() {
        controls.train.setOnAction(e -> train());
        controls.pause.setOnAction(e -> pause());
        controls.resume.setOnAction(e -> resume());
        controls.step.setOnAction(e -> step());
        controls.stop.setOnAction(e -> stop());
        controls.reset.setOnAction(e -> reset());
        controls.pace.valueProperty().bindBidirectional(runner.paceProperty());
        runner.phaseProperty().addListener((obs, old, phase) -> refreshControls());
        runner.runSettingsProperty().addListener((obs, old, settings) -> refreshControls());
        form.resultProperty().addListener((obs, old, result) -> {
            applyLiveSettings();
            refreshControls();
        });
        runner.latestProperty().addListener((obs, old, latest) -> refreshProgress());
        runner.preparationProperty().addListener((obs, old, now) -> refreshProgress());
        runner.runProperty().addListener((obs, old, run) -> controls.showSubSteps(runner.subSteps(), this::stepSub));
        runner.planProperty().addListener((obs, old, plan) -> refreshProgress());
        refreshControls();
    }

    private void refreshControls() {
        RunPhase phase = runner.phase();
        FormResult result = form.result();
        boolean valid = result.isValid();
        controls.train.setDisable(!valid || !phase.canTrain());
        controls.pause.setDisable(!phase.canPause());
        controls.resume.setDisable(!phase.canResume());
        controls.step.setDisable(!phase.canStep() || !valid && phase != RunPhase.PAUSED);
        controls.stop.setDisable(!phase.canStop());
        controls.reset.setDisable(!phase.canReset());
        boolean canSubStep = phase == RunPhase.PAUSED || phase == RunPhase.READY;
        controls.subStepButtons().forEach(button -> button.setDisable(!canSubStep));
        String reason = valid ? null : "Train is disabled: " + result.firstError(form.fieldOrder()).orElse("check the settings");
        blockedReason.setText(reason == null ? "" : reason);
        blockedReason.setVisible(reason != null);
        Settings used = runner.runSettingsProperty().get();
        boolean busy = phase == RunPhase.RUNNING || phase == RunPhase.PAUSED;
        form.showRunActive(busy ? runner.liveParameters() : null);
        pendingNote.setVisible(busy && valid && used != null && !used.equals(result.settings()));
        refreshProgress();
    }

    /**
     * While a run trains or is paused, hands the form's values of the run's live parameters (the
     * learning rate) to the run, which applies them at its next iteration. Other fields wait for
     * the next run, as the pending note says.
     */
    private void applyLiveSettings() {
        RunPhase phase = runner.phase();
        Settings used = runner.runSettingsProperty().get();
        Optional<Settings> wanted = form.result().validSettings();
        if (!(phase == RunPhase.RUNNING || phase == RunPhase.PAUSED) || used == null || wanted.isEmpty()) {
            return;
        }
        Settings live = used;
        for (String name : runner.liveParameters()) {
            Object value = wanted.get().values().get(name);
            if (value != null) {
                live = live.with(name, value);
            }
        }
        if (!live.equals(used)) {
            runner.applyLive(live).exceptionally(error -> {
                LOG.debug("live settings not applied: {}", error.getMessage());
                return null;
            });
        }
    }

    private void refreshProgress() {
        RunPlan plan = runner.planProperty().get();
        progress.show(runner.phase(), runner.latestProperty().get(),
                plan == null ? 0 : plan.epochs(), plan == null ? 0 : plan.totalIterations(),
                runner.preparationProperty().get());
    }

    /** Feeds the charts: cleared for each new model, then one batch and one redraw per frame. */
    private final class ChartFeed implements LessonRunner.Observer {
        /** The last iteration drawn; a model loaded with its curves that trains on counts from 1 again. */
        private long lastIteration;

        @Override
        public void runAttached(TrainingRun run) {
            lastIteration = 0;
            RunPlan plan = runner.planProperty().get();
            chartGrid.show(run.rules().metrics());
            LossChart lossChart = chartGrid.lossChart();
            lossChart.clear();
            lossChart.clearXMarker();
            if (probes != null) {
                probes.clear();
                probes.show(run.rules().probes());
            }
            chartGrid.metricCharts().forEach(chart -> {
                chart.clear();
                chart.clearXMarker();
            });
            if (plan != null) {
                lossChart.setXRangeHint(0, plan.totalIterations());
                chartGrid.metricCharts().forEach(chart -> chart.setXRangeHint(0, chart.perEpoch() ? plan.epochs() : plan.totalIterations()));
            }
        }

        @Override
        public void update(TrainingRun run, RunUpdate update) {
            if (probes != null && !update.probes().isEmpty()) {
                probes.accept(update.probes());
            }
            if (!update.iterations().isEmpty() && update.iterations().get(0).iteration() <= lastIteration) {
                // Training a loaded model further starts a new run: its curves start afresh.
                runAttached(run);
            }
            update.lastIteration().ifPresent(last -> lastIteration = last.iteration());
            LossChart lossChart = chartGrid.lossChart();
            List<MetricChart> metricCharts = chartGrid.metricCharts();
            if (!update.iterations().isEmpty()) {
                lossChart.addIterations(update.iterations());
                metricCharts.forEach(chart -> chart.addIterations(update.iterations()));
            }
            update.epochs().forEach(epoch -> {
                lossChart.addEpoch(epoch);
                metricCharts.forEach(chart -> chart.addEpoch(epoch));
            });
            update.earlyStop().ifPresent(stop -> {
                String label = "early stop (kept epoch " + stop.bestEpoch() + ")";
                lossChart.setXMarker(stop.stopIteration(), label, 2);
                metricCharts.forEach(chart -> chart.setXMarker(chart.perEpoch() ? stop.stopEpoch()
                        : stop.stopIteration(), label, 2));
            });
            if (!update.iterations().isEmpty() || !update.epochs().isEmpty() || update.earlyStop().isPresent()) {
                lossChart.redrawIfNewPoints();
                metricCharts.forEach(MetricChart::redrawIfNewPoints);
            }
        }

    }
}
