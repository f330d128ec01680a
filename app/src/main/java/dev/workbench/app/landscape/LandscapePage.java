package dev.workbench.app.landscape;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.controls.SliderField;
import dev.workbench.app.demo.DemoPage;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.notes.MarkdownView;
import dev.workbench.lessons.landscape.Landscape;
import dev.workbench.lessons.landscape.LandscapeDemo;
import dev.workbench.lessons.landscape.Landscapes;
import dev.workbench.lessons.landscape.Vec2;
import dev.workbench.lessons.optim.OptimizerConfig;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The loss-landscape page: pick a surface and up to five optimizers, click a start point, and watch
 * them race downhill with ND4J's own update rules. The notes tab holds every optimizer's equations.
 */
public final class LandscapePage extends BorderPane implements DemoPage {
    public static final String STYLE_CLASS = "landscape-page";
    public static final String ID = "landscape-page";
    public static final String SURFACE_PICKER_ID = "landscape-surface";
    public static final String START_ID = "landscape-start";
    public static final String TABS_ID = "landscape-tabs";
    private static final String CSS = "/dev/workbench/app/css/landscape.css";

    private final ExecutorService heatMapThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "landscape-heat-map");
        thread.setDaemon(true);
        return thread;
    });
    private final RacePlayer player = new RacePlayer();
    private final LandscapeMap map = new LandscapeMap(heatMapThread);
    private final ComboBox<Landscape> surfaces = new ComboBox<>();
    private final Label surfaceDescription = new Label();
    private final OptimizerPanel optimizers = new OptimizerPanel(LaneDefaults.INITIAL_LANES);
    private final SharedSettingsPanel shared = new SharedSettingsPanel();
    private final RaceLegend legend = new RaceLegend();
    private final Label startLabel = new Label();
    private final EventHandler<KeyEvent> shortcuts = this::shortcut;
    private Vec2 start;
    private boolean switching;

    public LandscapePage() {
        getStyleClass().add(STYLE_CLASS);
        setId(ID);
        setTop(header());
        Node settings = settingsColumn();
        SplitPane body = new SplitPane(settings, mainColumn());
        body.getStyleClass().add("landscape-body");
        body.setDividerPositions(0.31);
        SplitPane.setResizableWithParent(settings, false);
        setCenter(body);

        player.setOnFrame(tracks -> {
            map.drawRace(tracks, player.shownStepProperty().get());
            legend.show(tracks, player.shownStepProperty().get());
        });
        player.meter().frameRateProperty().addListener((obs, old, fps) -> map.showFrameRate(fps.doubleValue()));
        player.finishedProperty().addListener((obs, was, finished) -> showStatus());
        player.failureProperty().addListener((obs, old, message) -> showStatus());
        map.showFrameRate(0);
        map.setOnPick(this::startAt);
        surfaces.valueProperty().addListener((obs, old, surface) -> showSurface(surface));
        optimizers.lanesProperty().addListener((obs, old, lanes) -> restartKeepingStep());
        shared.valuesProperty().addListener((obs, old, values) -> restartKeepingStep());
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (scene == null) {
                player.sleep();
            } else {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
                player.wake();
            }
        });
        shared.showUsers(LaneDefaults.INITIAL_LANES);
        surfaces.getSelectionModel().selectFirst();
    }

    // ---- for the shell and tests --------------------------------------------------------------

    @Override
    public Node node() {
        return this;
    }

    @Override
    public List<String> stylesheets() {
        return List.of(SliderField.STYLESHEET, Objects.requireNonNull(LandscapePage.class.getResource(CSS), CSS).toExternalForm());
    }

    @Override
    public void close() {
        player.close();
        heatMapThread.shutdownNow();
    }

    public RacePlayer player() {
        return player;
    }

    public LandscapeMap map() {
        return map;
    }

    public RaceLegend legend() {
        return legend;
    }

    public OptimizerPanel optimizers() {
        return optimizers;
    }

    /** Where the optimizers start. */
    public Vec2 start() {
        return start;
    }

    public void showSurface(String name) {
        surfaces.setValue(Landscapes.byName(name));
    }

    /** Starts the race from {@code point} and plays it. */
    public void startAt(Vec2 point) {
        start = point;
        showStart();
        player.load(setup(), true);
        player.play();
    }

    // ---- behaviour ----------------------------------------------------------------------------

    private void showSurface(Landscape surface) {
        surfaceDescription.setText(surface.description());
        start = surface.start();
        showStart();
        map.show(surface);
        switching = true;
        try {
            optimizers.loadRates(surface);
        } finally {
            switching = false;
        }
        player.pause();
        player.load(setup(), true);
    }

    private void restartKeepingStep() {
        shared.showUsers(optimizers.lanesProperty().get().stream().map(LaneChoice::kind).toList());
        if (start != null && !switching) {
            player.load(setup(), false);
        }
    }

    private RaceSetup setup() {
        SharedHyperparameters values = shared.valuesProperty().get();
        List<OptimizerConfig> configs = optimizers.lanesProperty().get().stream()
                .map(lane -> values.config(lane.kind(), lane.learningRate()))
                .toList();
        return new RaceSetup(surfaces.getValue(), start, configs);
    }

    private void showStatus() {
        RaceTracks tracks = player.tracksProperty().get();
        if (player.failureProperty().get() != null) {
            map.showStatus("The race stopped: " + player.failureProperty().get());
        } else if (player.finishedProperty().get() && tracks != null) {
            map.showStatus(tracks.computedSteps() >= RaceWorker.MAX_STEPS
                    ? "Step limit reached · Play runs it again"
                    : "Every optimizer has reached the minimum, stopped or diverged · Play runs it again");
        } else {
            map.showStatus(null);
        }
    }

    private void showStart() {
        startLabel.setText("(" + ChartFormat.compact(start.x()) + ", " + ChartFormat.compact(start.y()) + ")");
    }

    /** The lesson pages' keys, while this page is shown: Space play/pause, Right arrow step, R reset. */
    private void shortcut(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        switch (event.getCode()) {
            case SPACE -> player.togglePlay();
            case RIGHT -> player.step();
            case R -> player.reset();
            default -> {
                return;
            }
        }
        event.consume();
    }

    // ---- layout -------------------------------------------------------------------------------

    private Node header() {
        Label title = new Label(LandscapeDemo.INFO.title());
        title.getStyleClass().addAll(Styles.TITLE_2, "lesson-title");
        Label category = new Label(LandscapeDemo.INFO.category().label());
        category.getStyleClass().add("category-chip");
        HBox titleRow = new HBox(title, category);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.getStyleClass().add("lesson-title-row");
        Label summary = new Label(LandscapeDemo.INFO.summary() + " Click the map to pick a start point.");
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, "lesson-summary");
        summary.setWrapText(true);
        VBox header = new VBox(titleRow, summary);
        header.getStyleClass().add(LessonPage.HEADER_CLASS);
        return header;
    }

    private Node settingsColumn() {
        surfaces.setId(SURFACE_PICKER_ID);
        surfaces.getItems().setAll(Landscapes.all());
        surfaces.setMaxWidth(Double.MAX_VALUE);
        surfaces.setCellFactory(list -> new SurfaceCell());
        surfaces.setButtonCell(new SurfaceCell());
        surfaceDescription.getStyleClass().addAll(Styles.TEXT_MUTED, "surface-description");
        surfaceDescription.setWrapText(true);

        startLabel.setId(START_ID);
        startLabel.getStyleClass().add("start-point");
        Hyperlink defaultStart = new Hyperlink("Suggested start");
        defaultStart.setOnAction(e -> startAt(surfaces.getValue().start()));
        HBox startRow = new HBox(new Label("Start"), startLabel, spacer(), defaultStart);
        startRow.setAlignment(Pos.CENTER_LEFT);
        startRow.getStyleClass().add("start-row");

        Hyperlink sharedDefaults = new Hyperlink("Defaults");
        sharedDefaults.setOnAction(e -> shared.restoreDefaults());
        Hyperlink rateDefaults = new Hyperlink("Defaults");
        rateDefaults.setOnAction(e -> optimizers.loadRates(surfaces.getValue()));

        VBox column = new VBox(
                heading("Surface", null), surfaces, surfaceDescription, startRow,
                heading("Optimizers · learning rate η", rateDefaults), optimizers,
                heading("Shared settings", sharedDefaults), shared);
        column.getStyleClass().add("landscape-settings-column");
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll(LessonPage.SETTINGS_CLASS, Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private Node mainColumn() {
        RaceControls controls = new RaceControls(player);
        HBox.setHgrow(map, Priority.ALWAYS);
        map.setMinSize(200, 200);
        ScrollPane legendScroll = new ScrollPane(legend);
        legendScroll.setFitToWidth(true);
        legendScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        legendScroll.getStyleClass().addAll("legend-scroll", Tweaks.EDGE_TO_EDGE);
        HBox race = new HBox(map, legendScroll);
        race.getStyleClass().add("race-view");
        Tab raceTab = new Tab("Race", race);
        raceTab.setId("landscape-race-tab");
        ScrollPane notes = new ScrollPane(new MarkdownView(LandscapeDemo.INFO.notesMarkdown()));
        notes.setFitToWidth(true);
        notes.getStyleClass().add("notes-scroll");
        Tab notesTab = new Tab("Notes & update rules", notes);
        notesTab.setId("landscape-notes-tab");
        TabPane tabs = new TabPane(raceTab, notesTab);
        tabs.setId(TABS_ID);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox column = new VBox(controls, tabs);
        column.getStyleClass().add("landscape-main-column");
        return column;
    }

    private static Node heading(String text, Hyperlink action) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "landscape-heading");
        HBox row = action == null ? new HBox(label) : new HBox(label, spacer(), action);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("landscape-heading-row");
        return row;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** Shows a surface by its label in the picker. */
    private static final class SurfaceCell extends ListCell<Landscape> {
        @Override
        protected void updateItem(Landscape item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
