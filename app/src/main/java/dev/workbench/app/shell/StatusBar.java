package dev.workbench.app.shell;

import dev.workbench.app.lesson.FxTicker;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.RunPhase;
import dev.workbench.lessons.engine.BackendInfo;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Locale;

/** Backend and threads, the current page's run state, JVM memory and zoom, along the bottom of the window. */
public final class StatusBar extends HBox {
    public static final String STYLE_CLASS = "status-bar";
    public static final String ITEM_CLASS = "status-item";
    public static final String BACKEND_ID = "status-backend";
    public static final String RUN_ID = "status-run";
    public static final String MEMORY_ID = "status-memory";
    public static final String ZOOM_ID = "status-zoom";
    /** Memory readings per second. */
    private static final double MEMORY_REFRESH_HZ = 0.5;

    private final Label backend = item(BACKEND_ID);
    private final ProgressIndicator backendLoading = new ProgressIndicator();
    private final Label run = item(RUN_ID);
    private final Label memory = item(MEMORY_ID);
    private final Label zoom = item(ZOOM_ID);
    private final FxTicker memoryTicker = new FxTicker(MEMORY_REFRESH_HZ, Platform::runLater, this::showMemory);
    /** Pixels kept spare: text widths are fractional and a label given exactly its width may still cut its last letter. */
    private static final double FIT_SLACK = 3;
    /** Which form of the run, backend and memory texts to try, from the most to the least said. */
    private static final int[][] FORMS_IN_ORDER = {
            {0, 0, 0}, {0, 0, 1}, {0, 1, 1}, {0, 1, 2}, {0, 2, 2},
            {1, 0, 0}, {1, 0, 1}, {1, 1, 1}, {1, 1, 2}, {1, 2, 2}};

    private final Tooltip backendTip = new Tooltip();
    private final Tooltip memoryTip = new Tooltip();
    /** The backend, run and memory texts, from the longest to the shortest form. */
    private List<String> backendForms = List.of("Loading ND4J…");
    private List<String> runForms = List.of("");
    private List<String> memoryForms = List.of("");
    private LessonPage page;
    /** The title of the page on screen when it is not a lesson page (a demo), or null. */
    private String otherPage;
    private final InvalidationListener runListener = obs -> showRun();

    public StatusBar() {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        // One line whatever the text size: items take shorter forms (details in their tooltips)
        // rather than wrap into the page or end in "…".
        setMinHeight(Region.USE_PREF_SIZE);
        setMaxHeight(Region.USE_PREF_SIZE);
        backendLoading.getStyleClass().add("status-spinner");
        backendLoading.setMaxSize(14, 14);
        backendLoading.managedProperty().bind(backendLoading.visibleProperty());
        backend.setText(backendForms.get(0));
        backend.setTooltip(backendTip);
        memory.setTooltip(memoryTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(backendLoading, backend, separator(), run, spacer, memory, separator(), zoom);
        memoryTicker.start();
        showMemory();
        showRun();
    }

    public void showBackend(BackendInfo info) {
        backendLoading.setVisible(false);
        String threads = info.threads() + (info.threads() == 1 ? " thread" : " threads");
        String full = "ND4J " + info.backend() + " · " + info.blasVendor() + " · " + threads
                + (info.onednnHelpers() ? " · oneDNN" : "");
        backendForms = List.of(full, info.backend() + " · " + threads, threads);
        backendTip.setText("ND4J backend: " + info.describe());
        requestLayout();
    }

    public void showBackendFailure(String message) {
        backendLoading.setVisible(false);
        backendForms = List.of("ND4J unavailable: " + message, "ND4J unavailable");
        backendTip.setText("ND4J unavailable: " + message);
        requestLayout();
        backend.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
    }

    public void showZoom(double scale) {
        zoom.setText(String.format(Locale.ROOT, "Zoom %d%%", Math.round(scale * 100)));
    }

    /** Shows a page that has no run (a demo): the previous lesson's state must not stay on screen. */
    public void showPage(String title) {
        follow(null);
        otherPage = title;
        showRun();
    }

    /** Follows the run of the page on screen. */
    public void follow(LessonPage next) {
        otherPage = null;
        if (page != null) {
            page.runner().phaseProperty().removeListener(runListener);
            page.runner().latestProperty().removeListener(runListener);
        }
        page = next;
        if (page != null) {
            page.runner().phaseProperty().addListener(runListener);
            page.runner().latestProperty().addListener(runListener);
        }
        showRun();
    }

    public void stop() {
        memoryTicker.stop();
    }

    private void showRun() {
        if (page == null) {
            runForms = List.of(otherPage == null ? "No lesson open" : otherPage);
            requestLayout();
            return;
        }
        RunPhase phase = page.runner().phase();
        var latest = page.runner().latestProperty().get();
        String where = latest == null || phase == RunPhase.PREPARING ? ""
                : " · epoch " + latest.epoch() + "/" + latest.totalEpochs();
        String state = phase.label() + where;
        runForms = List.of(page.lesson().info().title() + ": " + state, state);
        requestLayout();
    }

    private void showMemory() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory() >> 20;
        memoryForms = List.of(String.format(Locale.ROOT, "JVM memory %,d MB of %,d MB", used >> 20, max),
                String.format(Locale.ROOT, "Memory %,d / %,d MB", used >> 20, max),
                String.format(Locale.ROOT, "%,d / %,d MB", used >> 20, max));
        memoryTip.setText(String.format(Locale.ROOT, "Java heap in use: %,d MB of at most %,d MB", used >> 20, max));
        requestLayout();
    }

    /**
     * The longest forms that fit the width: memory shortens first, then the backend, and only
     * then does the run state leave out the lesson title (which the page shows anyway).
     */
    @Override
    protected void layoutChildren() {
        for (int[] choice : FORMS_IN_ORDER) {
            apply(choice);
            if (itemsWidth() + FIT_SLACK <= getWidth()) {
                break;
            }
        }
        super.layoutChildren();
    }

    /** The width the items want now (the bar's own cached preferred width lags behind a text set during layout). */
    private double itemsWidth() {
        double width = snappedLeftInset() + snappedRightInset();
        int shown = 0;
        for (javafx.scene.Node child : getManagedChildren()) {
            width += child.prefWidth(-1);
            shown++;
        }
        return width + Math.max(0, shown - 1) * getSpacing();
    }

    private void apply(int[] choice) {
        setIfChanged(run, runForms, choice[0]);
        setIfChanged(backend, backendForms, choice[1]);
        setIfChanged(memory, memoryForms, choice[2]);
    }

    private static void setIfChanged(Label label, List<String> forms, int index) {
        String text = forms.get(Math.min(index, forms.size() - 1));
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    private static Label item(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(ITEM_CLASS);
        // Never squeezed below its text: layoutChildren picks forms short enough to fit instead.
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setWrapText(false);
        label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        return label;
    }

    private static Separator separator() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }
}
