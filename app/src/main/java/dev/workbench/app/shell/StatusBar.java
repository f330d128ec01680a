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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

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
    private LessonPage page;
    /** The title of the page on screen when it is not a lesson page (a demo), or null. */
    private String otherPage;
    private final InvalidationListener runListener = obs -> showRun();

    public StatusBar() {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        // One line whatever the text size: items shorten with "…" rather than wrap into the page.
        setMinHeight(Region.USE_PREF_SIZE);
        setMaxHeight(Region.USE_PREF_SIZE);
        backendLoading.getStyleClass().add("status-spinner");
        backendLoading.setMaxSize(14, 14);
        backendLoading.managedProperty().bind(backendLoading.visibleProperty());
        backend.setText("Loading ND4J…");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // With large text the backend and memory readings shorten ("…") first; the run state and
        // the zoom, which an instructor reads, keep their whole text.
        run.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(backendLoading, backend, separator(), run, spacer, memory, separator(), zoom);
        memoryTicker.start();
        showMemory();
        showRun();
    }

    public void showBackend(BackendInfo info) {
        backendLoading.setVisible(false);
        backend.setText("ND4J " + info.backend() + " · " + info.blasVendor() + " · " + info.threads()
                + (info.threads() == 1 ? " thread" : " threads") + (info.onednnHelpers() ? " · oneDNN" : ""));
    }

    public void showBackendFailure(String message) {
        backendLoading.setVisible(false);
        backend.setText("ND4J unavailable: " + message);
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
            run.setText(otherPage == null ? "No lesson open" : otherPage);
            return;
        }
        RunPhase phase = page.runner().phase();
        var latest = page.runner().latestProperty().get();
        String where = latest == null || phase == RunPhase.PREPARING ? ""
                : " · epoch " + latest.epoch() + "/" + latest.totalEpochs();
        run.setText(page.lesson().info().title() + ": " + phase.label() + where);
    }

    private void showMemory() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        memory.setText(String.format(Locale.ROOT, "JVM memory %,d MB of %,d MB", used >> 20, runtime.maxMemory() >> 20));
    }

    private static Label item(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(ITEM_CLASS);
        label.setMinWidth(0);
        label.setWrapText(false);
        label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        return label;
    }

    private static Separator separator() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }
}
