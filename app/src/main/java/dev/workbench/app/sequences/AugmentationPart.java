package dev.workbench.app.sequences;

import dev.workbench.app.form.FormResult;
import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.sequences.FeedPreview;
import dev.workbench.lessons.sequences.SequencesLesson;
import dev.workbench.lessons.sequences.TrainingFeed.FedWindow;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Augmentation tab: one training window and what training fed in its place in each epoch, for
 * the settings in the form right now (series, window, batch size, seed, augmentation text). It is
 * built by the engine's {@link FeedPreview} from the same seeds and code as the training iterator,
 * on a background thread, and follows every edit of the form.
 */
public final class AugmentationPart implements LessonPagePart {
    public static final String TAB_ID = "sequences-augmentation-tab";
    public static final String WINDOW_SLIDER_ID = "sequences-augmentation-window";
    public static final String MESSAGE_ID = "sequences-augmentation-message";
    static final String TILE_CLASS = "seq-tile";
    static final String TILE_TITLE_CLASS = "seq-tile-title";
    static final String TILES_CLASS = "seq-tiles";

    private final PartContext context;
    private final Executor background;
    private final Slider window = new Slider(0, 1, 0);
    private final Label windowLabel = new Label();
    private final Label message = new Label();
    private final FlowPane tiles = new FlowPane();
    private final Tab tab;
    private final ReadOnlyIntegerWrapper previews = new ReadOnlyIntegerWrapper(this, "previews");
    /** Bumped by every request, so only the newest answer is shown. */
    private int generation;
    private FeedPreview source;
    private Settings sourceSettings;
    private FeedPreview.Shown shown;

    public AugmentationPart(PartContext context) {
        this(context, backgroundThread());
    }

    AugmentationPart(PartContext context, Executor background) {
        this.context = context;
        this.background = background;
        window.setId(WINDOW_SLIDER_ID);
        window.setDisable(true);
        window.valueProperty().addListener((obs, old, now) -> {
            if (source != null && !window.isValueChanging()) {
                request(sourceSettings, source);
            }
        });
        window.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing && source != null) {
                request(sourceSettings, source);
            }
        });
        HBox.setHgrow(window, Priority.ALWAYS);
        Label pick = new Label("Training window");
        pick.setMinWidth(Region.USE_PREF_SIZE);
        // The window's times go on their own line, so at large text the slider keeps its room.
        windowLabel.setWrapText(true);
        windowLabel.setMinHeight(Region.USE_PREF_SIZE);
        window.setMinWidth(0);
        HBox slider = new HBox(pick, window);
        slider.setAlignment(Pos.CENTER_LEFT);
        slider.getStyleClass().add(ForecastPart.CONTROLS_CLASS);
        VBox controls = new VBox(slider, windowLabel);
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(ForecastPart.HINT_CLASS);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        tiles.getStyleClass().add(TILES_CLASS);
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        tiles.prefWrapLengthProperty().bind(scroll.widthProperty());
        VBox top = new VBox(message, controls);
        top.getStyleClass().add(ForecastPart.PANE_CLASS);
        BorderPane content = new BorderPane(scroll);
        content.setTop(top);
        content.getStyleClass().add(ForecastPart.TAB_CLASS);
        tab = new Tab("Augmentation", content);
        tab.setId(TAB_ID);
        tab.setClosable(false);
        context.form().resultProperty().addListener((obs, old, result) -> fromForm(result));
        fromForm(context.form().resultProperty().get());
    }

    private static Executor backgroundThread() {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sequences-augmentation-preview");
            thread.setDaemon(true);
            return thread;
        });
        return executor;
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
    public void refresh() {
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(AugmentationPart.class.getResource(ForecastPart.STYLESHEET),
                ForecastPart.STYLESHEET).toExternalForm());
    }

    /** How many previews have been shown (tests wait on it). */
    public ReadOnlyIntegerProperty previewsProperty() {
        return previews.getReadOnlyProperty();
    }

    FeedPreview.Shown shown() {
        return shown;
    }

    Slider windowSlider() {
        return window;
    }

    Label message() {
        return message;
    }

    private void fromForm(FormResult result) {
        if (result == null) {
            return;
        }
        if (!result.isValid()) {
            String problem = result.errors().get(SequencesLesson.AUGMENTATION);
            generation++;
            message.setText(problem != null ? "The augmentation setting has a problem: " + problem
                    : "Fix the settings to see the preview: " + result.errors().values().iterator().next());
            return;
        }
        request(result.settings(), null);
    }

    /** Builds the preview for {@code settings} off the FX thread (reusing {@code built} when given) and shows it. */
    private void request(Settings settings, FeedPreview built) {
        int ticket = ++generation;
        int wanted = (int) Math.round(window.getValue());
        background.execute(() -> {
            try {
                FeedPreview preview = built != null ? built : FeedPreview.of(settings);
                FeedPreview.Shown answer = preview.show(wanted);
                context.fx().execute(() -> {
                    if (ticket == generation) {
                        show(settings, preview, answer);
                    }
                });
            } catch (LessonException | RuntimeException e) {
                context.fx().execute(() -> {
                    if (ticket == generation) {
                        message.setText("No preview: " + e.getMessage());
                        tiles.getChildren().clear();
                    }
                });
            }
        });
    }

    private void show(Settings settings, FeedPreview preview, FeedPreview.Shown answer) {
        source = preview;
        sourceSettings = settings;
        shown = answer;
        window.setMax(Math.max(1, answer.trainingWindows() - 1));
        window.setMajorTickUnit(Math.max(1, answer.trainingWindows() / 4.0));
        window.setDisable(false);
        windowLabel.setText(String.format(Locale.ROOT, "%,d of %,d: %s to %s", answer.window() + 1, answer.trainingWindows(),
                answer.from(), answer.to()));
        String augmentation = String.valueOf(settings.values().get(SequencesLesson.AUGMENTATION));
        boolean none = "none".equals(augmentation.strip());
        message.setText((none ? "No augmentation (Series augmentation is 'none'): training feeds each window as it is. "
                : "Series augmentation '" + augmentation.strip() + "': ")
                + "Below, one training window and exactly what training feeds in its place in each epoch, batch and row: "
                + "the same seed and code as the training iterator. The target (dot) is never changed.");
        buildTiles(answer);
        previews.set(previews.get() + 1);
    }

    private void buildTiles(FeedPreview.Shown answer) {
        double[] original = answer.original();
        int length = original.length;
        double lo = answer.target();
        double hi = answer.target();
        List<double[]> all = new ArrayList<>();
        all.add(original);
        answer.fed().forEach(f -> all.add(f.values()));
        for (double[] values : all) {
            for (double v : values) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double[] steps = new double[length];
        for (int t = 0; t < length; t++) {
            steps[t] = t;
        }
        double targetStep = length - 1 + answer.horizon();
        List<Node> built = new ArrayList<>();
        built.add(tile("The window as stored", answer, steps, targetStep, lo, hi,
                List.of(new SeriesPlot.Line(PlotRole.TRUTH, steps, original, false, 2.2))));
        for (FedWindow fed : answer.fed()) {
            built.add(tile(String.format(Locale.ROOT, "Epoch %d · batch %,d, row %d", fed.epoch(), fed.batch() + 1, fed.row() + 1),
                    answer, steps, targetStep, lo, hi, List.of(
                            new SeriesPlot.Line(PlotRole.ORIGINAL, steps, original, true, 1.2),
                            new SeriesPlot.Line(PlotRole.AUGMENTED, steps, fed.values(), false, 2.2))));
        }
        if (answer.fed().isEmpty()) {
            Label none = new Label("This window falls in the last, incomplete batch in every epoch shown, which training skips.");
            none.setWrapText(true);
            built.add(none);
        }
        tiles.getChildren().setAll(built);
    }

    private Node tile(String title, FeedPreview.Shown answer, double[] steps, double targetStep, double lo, double hi,
                      List<SeriesPlot.Line> lines) {
        SeriesPlot plot = new SeriesPlot(22, 10, 14, 7);
        List<SeriesPlot.Line> withTarget = new ArrayList<>(lines);
        withTarget.add(new SeriesPlot.Line(PlotRole.TRUTH, new double[]{targetStep}, new double[]{answer.target()}, false, 2));
        plot.setYLabel(answer.valueLabel());
        plot.setYRange(lo, hi);
        int last = steps.length - 1;
        plot.setTimeLabel(step -> step == last ? "t" : step < last ? "t" + (step - last) : "t+" + (step - last));
        plot.setLines(withTarget);
        Label heading = new Label(title);
        heading.getStyleClass().add(TILE_TITLE_CLASS);
        VBox tile = new VBox(heading, plot);
        tile.getStyleClass().add(TILE_CLASS);
        VBox.setVgrow(plot, Priority.ALWAYS);
        return tile;
    }
}
