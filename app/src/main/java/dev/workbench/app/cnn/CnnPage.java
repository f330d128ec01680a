package dev.workbench.app.cnn;

import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.LessonRunner;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.TrainingRun;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The CNN lesson's views: predictions on test images, the confusion matrix, the layer table,
 * first-layer filters and feature maps. They are refreshed after every epoch, when a run pauses
 * or ends, and on demand, each time by one query on the training thread.
 */
public final class CnnPage implements LessonPagePart {
    private static final Logger LOG = LoggerFactory.getLogger(CnnPage.class);
    public static final String OVERVIEW_ID = "cnn-overview";
    public static final String INSIDE_TAB_ID = "cnn-inside-tab";

    private final PartContext context;
    private final PredictionGrid grid = new PredictionGrid();
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();
    private final ModelSummaryTable summary = new ModelSummaryTable();
    private final FilterGallery gallery = new FilterGallery();
    private final SplitPane overview;
    private final Tab insideTab;
    private final ReadOnlyIntegerWrapper snapshots = new ReadOnlyIntegerWrapper(this, "snapshots");

    private TrainingRun run;
    private GridQuery query = GridQuery.SAMPLE;
    private int selectedIndex;
    private boolean inFlight;
    private boolean pending;
    private List<String> classNames = List.of();

    public CnnPage(PartContext context) {
        this.context = context;
        grid.setOnSelect(this::select);
        grid.setOnShowSample(() -> {
            query = GridQuery.SAMPLE;
            confusion.clearSelection();
            refresh();
        });
        grid.setOnRefresh(this::refresh);
        confusion.setOnCellSelected((t, p) -> {
            query = new GridQuery.Cell(t, p);
            refresh();
        });
        ScrollPane confusionScroll = new ScrollPane(confusion);
        confusionScroll.setFitToWidth(true);
        confusionScroll.getStyleClass().add("confusion-scroll");
        overview = new SplitPane(grid, confusionScroll);
        overview.setId(OVERVIEW_ID);
        overview.getStyleClass().add("cnn-overview");
        overview.setDividerPositions(0.52);
        ScrollPane galleryScroll = new ScrollPane(gallery);
        galleryScroll.setFitToWidth(true);
        SplitPane inside = new SplitPane(summary, galleryScroll);
        inside.setDividerPositions(0.42);
        inside.getStyleClass().add("cnn-inside");
        insideTab = new Tab("Inside the network", inside);
        insideTab.setId(INSIDE_TAB_ID);
        grid.select(selectedIndex);
    }

    @Override
    public Node overview() {
        return overview;
    }

    @Override
    public List<Tab> tabs() {
        return List.of(insideTab);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(CnnPage.class.getResource("/dev/workbench/app/css/cnn.css").toExternalForm());
    }

    /** How many snapshots have been shown (tests wait on it). */
    public ReadOnlyIntegerProperty snapshotsProperty() {
        return snapshots.getReadOnlyProperty();
    }

    public PredictionGrid grid() {
        return grid;
    }

    public FilterGallery gallery() {
        return gallery;
    }

    @Override
    public void runAttached(TrainingRun attached) {
        run = attached;
        query = GridQuery.SAMPLE;
        confusion.clearSelection();
        refresh();
    }

    @Override
    public void update(TrainingRun current, RunUpdate update) {
        boolean settled = update.newState()
                .filter(state -> state == RunState.PAUSED || state == RunState.STOPPED || state == RunState.FINISHED)
                .isPresent();
        if (!update.epochs().isEmpty() || settled) {
            refresh();
        }
    }

    @Override
    public void refresh() {
        if (run == null) {
            return;
        }
        if (inFlight) {
            pending = true;
            return;
        }
        GridQuery q = query;
        int selected = selectedIndex;
        ask(session -> CnnSnapshot.capture(session, q, selected), this::show);
    }

    private void select(int testIndex) {
        selectedIndex = testIndex;
        if (run != null) {
            ask(session -> CnnSnapshot.featureMaps(session, testIndex),
                    maps -> gallery.showFeatureMaps(maps.index(), maps.image(), maps.maps()));
        }
    }

    /** One query on the training thread; the answer is shown on the FX thread if the run is still current. */
    private <T> void ask(Function<LessonSession, T> query, Consumer<T> show) {
        TrainingRun target = run;
        inFlight = true;
        CompletableFuture<T> answer = target.inspect(query);
        answer.whenCompleteAsync((value, error) -> {
            inFlight = false;
            if (target == run) {
                if (error != null) {
                    context.reportError().accept("Could not look inside the model: " + LessonRunner.describe(error));
                } else {
                    show.accept(value);
                }
            }
            if (pending) {
                pending = false;
                refresh();
            }
        }, context.fx());
    }

    private void show(CnnSnapshot snapshot) {
        long start = System.nanoTime();
        classNames = snapshot.confusion().classNames();
        confusion.show(snapshot.confusion());
        summary.show(snapshot.layers());
        gallery.showFilters(snapshot.filters());
        gallery.showFeatureMaps(snapshot.selectedIndex(), snapshot.selectedImage(), snapshot.featureMaps());
        grid.show(snapshot.predictions(), caption(snapshot), snapshot.query() instanceof GridQuery.Cell, classNames);
        snapshots.set(snapshots.get() + 1);
        LOG.debug("CNN views rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private String caption(CnnSnapshot snapshot) {
        if (snapshot.query() instanceof GridQuery.Cell cell) {
            String which = "True " + classNames.get(cell.trueLabel()) + ", predicted " + classNames.get(cell.predictedLabel());
            if (snapshot.cellSize() == 0) {
                return which + ": no test images";
            }
            int shown = snapshot.predictions().size();
            String images = snapshot.cellSize() == 1 ? " image" : " images";
            return which + ": " + (shown == snapshot.cellSize() ? shown + images
                    : "the first " + shown + " of " + snapshot.cellSize() + images);
        }
        return "A spread of " + snapshot.predictions().size() + " test images";
    }
}
