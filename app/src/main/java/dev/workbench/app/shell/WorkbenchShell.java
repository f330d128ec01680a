package dev.workbench.app.shell;

import dev.workbench.app.demo.DemoPage;
import dev.workbench.app.files.AppDirectories;
import dev.workbench.app.files.FileNames;
import dev.workbench.app.files.ImageExport;
import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.BannerArea;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.LessonRunner;
import dev.workbench.app.lesson.LessonViews;
import dev.workbench.app.lesson.MessageBanner;
import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.engine.Settings;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The main window's content: menu, lesson catalog, the open lesson page and the status bar.
 * Pages are made when first opened and kept, so switching lessons does not stop a run.
 */
public final class WorkbenchShell extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchShell.class);
    public static final String STYLE_CLASS = "workbench-shell";
    public static final String PAGE_HOLDER_ID = "page-holder";
    /** The most of the window's width the lesson catalog takes. */
    static final double CATALOG_MAX_SHARE = 0.26;

    private final LessonViews views;
    private final BackgroundWorker worker;
    private final Executor fx;
    private final AppDirectories directories;
    private final CatalogSidebar sidebar;
    private final StatusBar statusBar = new StatusBar();
    private final StackPane pageHolder = new StackPane();
    private final BannerArea shellBanners = new BannerArea();
    private final Map<String, LessonPage> pages = new LinkedHashMap<>();
    private final Map<String, DemoPage> demoPages = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<LessonPage> currentPage = new ReadOnlyObjectWrapper<>(this, "currentPage");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final FontScale fontScale;
    private final javafx.beans.property.BooleanProperty presentation =
            new javafx.beans.property.SimpleBooleanProperty(this, "presentation");
    private boolean catalogWanted = true;
    private QuitGuard quitGuard = new QuitGuard(null);
    private Stage stage;
    private boolean live;

    public WorkbenchShell(List<Lesson> lessons, LessonViews views, BackgroundWorker worker, Executor fx,
                          AppDirectories directories) {
        this.views = views;
        this.worker = worker;
        this.fx = fx;
        this.directories = directories;
        getStyleClass().add(STYLE_CLASS);
        sidebar = new CatalogSidebar(lessons, LessonCatalog.demos().stream().filter(views::hasDemoPage).toList());
        sidebar.selectedProperty().addListener((obs, old, lesson) -> {
            if (lesson != null) {
                open(lesson);
            }
        });
        sidebar.selectedDemoProperty().addListener((obs, old, demo) -> {
            if (demo != null) {
                openDemo(demo);
            }
        });
        // With large text on a small window the catalog would take a third of the width: it
        // never takes more than this share (its entries wrap).
        sidebar.maxWidthProperty().bind(widthProperty().multiply(CATALOG_MAX_SHARE));
        pageHolder.setId(PAGE_HOLDER_ID);
        pageHolder.getStyleClass().add("page-holder");
        VBox.setVgrow(pageHolder, Priority.ALWAYS);
        fontScale = new FontScale(this);
        setTop(new ShellMenu(this).bar());
        setLeft(sidebar);
        setCenter(shellBanners.overlay(pageHolder));
        setBottom(statusBar);
        presentation.addListener((obs, was, on) -> {
            setLeft(catalogWanted && !on ? sidebar : null);
            pages.values().forEach(page -> page.setPresentation(on));
        });
        fontScale.scaleProperty().addListener((obs, old, scale) -> statusBar.showZoom(scale.doubleValue()));
        statusBar.showZoom(fontScale.scale());
    }

    /** Puts the shell in a stage: scene, style sheets, theme and instructor shortcuts. */
    public Scene install(Stage target, double width, double height) {
        this.stage = target;
        quitGuard = new QuitGuard(target);
        target.setOnCloseRequest(event -> {
            if (!mayQuit()) {
                event.consume();
            }
        });
        Scene scene = new Scene(this, width, height);
        scene.getStylesheets().addAll(Theme.areaSheets());
        theme.get().apply(scene);
        new InstructorShortcuts(this).install(scene);
        new FieldFocus(this).install(scene);
        // The page, not the first text field of a form, has the focus at first: Space pauses
        // rather than typing a blank into a setting.
        Platform.runLater(this::requestFocus);
        target.setScene(scene);
        return scene;
    }

    // ---- navigation -----------------------------------------------------------------------

    public void open(String lessonId) {
        sidebar.select(lessonId);
    }

    private void open(Lesson lesson) {
        LessonPage page = pages.computeIfAbsent(lesson.id(), id -> createPage(lesson));
        pageHolder.getChildren().setAll(page);
        currentPage.set(page);
        statusBar.follow(page);
        if (live) {
            page.activate();
        }
    }

    /** Shows a demo page (made on first use and kept); no lesson page is current meanwhile. */
    private void openDemo(LessonInfo info) {
        DemoPage page = demoPages.computeIfAbsent(info.id(), id -> views.demoPage(info).orElseThrow());
        if (getScene() != null) {
            page.stylesheets().stream().filter(s -> !getScene().getStylesheets().contains(s))
                    .forEach(s -> getScene().getStylesheets().add(0, s));
        } else if (page.node() instanceof Parent parent) {
            parent.getStylesheets().addAll(page.stylesheets());
        }
        pageHolder.getChildren().setAll(page.node());
        currentPage.set(null);
        statusBar.showPage(info.title() + ": interactive demo");
    }

    /**
     * Starts background work for the open page (preparing its first model). The app calls this
     * after the first frame, so that loading ND4J does not compete with showing the window.
     */
    public void goLive() {
        live = true;
        if (currentPage.get() != null) {
            currentPage.get().activate();
        }
    }

    private LessonPage createPage(Lesson lesson) {
        // Each page prepares on its own thread: a lesson that pretrains for a minute must not hold up the others.
        LessonPage page = new LessonPage(lesson, BackgroundWorker.singleThread("loader-" + lesson.id()), fx, views);
        page.setPresentation(presentation.get());
        page.parts().forEach(part -> {
            if (getScene() != null) {
                part.stylesheets().stream().filter(s -> !getScene().getStylesheets().contains(s))
                        .forEach(s -> getScene().getStylesheets().add(0, s));
            } else {
                page.getStylesheets().addAll(part.stylesheets());
            }
        });
        return page;
    }

    public ReadOnlyObjectProperty<LessonPage> currentPageProperty() {
        return currentPage.getReadOnlyProperty();
    }

    public LessonPage currentPage() {
        return currentPage.get();
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    // ---- appearance -----------------------------------------------------------------------

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public void setTheme(Theme next) {
        theme.set(next);
        if (getScene() != null) {
            next.apply(getScene());
        }
    }

    public FontScale fontScale() {
        return fontScale;
    }

    /** Shows or hides the lesson catalog, to give a projected page more room (presentation mode keeps it hidden). */
    public void setCatalogVisible(boolean visible) {
        catalogWanted = visible;
        setLeft(visible && !presentation.get() ? sidebar : null);
    }

    /**
     * Presentation mode (F5): the catalog, the settings column and the lesson summaries give
     * their room to the charts; leaving it brings back what was shown before.
     */
    public javafx.beans.property.BooleanProperty presentationProperty() {
        return presentation;
    }

    public boolean isPresentation() {
        return presentation.get();
    }

    public void setPresentation(boolean on) {
        presentation.set(on);
    }

    public void togglePresentation() {
        presentation.set(!presentation.get());
    }

    public boolean isCatalogVisible() {
        return getLeft() == sidebar;
    }

    public void toggleFullScreen() {
        if (stage != null) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    // ---- messages -------------------------------------------------------------------------

    /** Shows an error in the open page (or above it when none is open). */
    public void showError(String message) {
        LessonPage page = currentPage.get();
        if (page != null) {
            page.showError(message);
        } else {
            shellBanners.show(MessageBanner.Kind.ERROR, message);
        }
    }

    private void showSuccess(String message) {
        LessonPage page = currentPage.get();
        if (page != null) {
            page.showInfo(message);
        }
    }

    // ---- files ----------------------------------------------------------------------------

    public void chooseCheckpointToLoad() {
        FileChooser chooser = chooser("Load checkpoint", directories.checkpoints());
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            loadCheckpoint(file.toPath());
        }
    }

    /**
     * Loads a checkpoint into its own lesson's page (opened first when another page shows);
     * errors appear in the page and leave it usable.
     */
    public CompletableFuture<Settings> loadCheckpoint(Path file) {
        CompletableFuture<Settings> loaded = new CompletableFuture<>();
        worker.submit(() -> Checkpoints.describe(file).lessonId()).whenCompleteAsync((lessonId, unreadable) -> {
            if (lessonId != null && LessonCatalog.find(lessonId).isPresent()
                    && (currentPage.get() == null || !currentPage.get().lesson().id().equals(lessonId))) {
                open(lessonId);
            }
            LessonPage page = currentPage.get();
            if (page == null) {
                loaded.completeExceptionally(new IllegalStateException("no lesson open"));
                return;
            }
            // An unreadable file goes to the page too, which says what is wrong with it.
            page.loadCheckpoint(file).whenComplete((settings, error) -> {
                if (error != null) {
                    loaded.completeExceptionally(error);
                } else {
                    loaded.complete(settings);
                }
            });
        }, fx);
        return loaded;
    }

    public void chooseCheckpointToSave() {
        LessonPage page = currentPage.get();
        if (page == null || !page.runner().phase().hasModel()) {
            showError("There is no model to save yet: press Train or Reset first.");
            return;
        }
        FileChooser chooser = chooser("Save checkpoint", directories.checkpoints());
        chooser.setInitialFileName(FileNames.stamped(page.lesson().id(), "", Checkpoints.EXTENSION));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            saveCheckpoint(withExtension(file.toPath(), Checkpoints.EXTENSION));
        }
    }

    public CompletableFuture<Path> saveCheckpoint(Path file) {
        LessonPage page = currentPage.get();
        var latest = page.runner().latestProperty().get();
        return report(page.runner().saveCheckpoint(file).thenApplyAsync(saved -> {
            if (page.runner().latestProperty().get() == latest) {
                quitGuard.saved(page);
            }
            return saved;
        }, fx), "Saved the model to ");
    }

    public void chooseChartExport() {
        LessonPage page = currentPage.get();
        if (page == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export charts as PNG");
        chooser.setInitialDirectory(directories.exports().toFile());
        chooser.setInitialFileName(FileNames.stamped(page.lesson().id(), "charts", ".png"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportCharts(withExtension(file.toPath(), ".png"));
        }
    }

    public CompletableFuture<Path> exportCharts(Path file) {
        var image = ImageExport.of(dev.workbench.app.charts.ChartPicture.take(currentPage.get().chartsNode()));
        return report(worker.submit(() -> ImageExport.writePng(image, file)), "Saved the charts to ");
    }

    public void chooseHistoryExport() {
        LessonPage page = currentPage.get();
        if (page == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export run history as CSV");
        chooser.setInitialDirectory(directories.exports().toFile());
        chooser.setInitialFileName(FileNames.stamped(page.lesson().id(), "history", ".csv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV table", "*.csv"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportHistory(withExtension(file.toPath(), ".csv"));
        }
    }

    public CompletableFuture<Path> exportHistory(Path file) {
        return report(currentPage.get().runner().exportHistory(file), "Saved the run history to ");
    }

    /**
     * Whether the app may quit now: asks first when a run is under way, or paused and not saved
     * (Ctrl+Q and closing the window both ask here).
     */
    public boolean mayQuit() {
        return quitGuard.mayQuit(pages.values());
    }

    /** Quits, after asking when training would be lost. */
    public void quit() {
        if (mayQuit()) {
            Platform.exit();
        }
    }

    /** Replaces the quit question with {@code confirmation} (tests answer it without a dialog). */
    public void setQuitConfirmation(java.util.function.Predicate<String> confirmation) {
        quitGuard.setConfirmation(confirmation);
    }

    /** Stops every run and race; called when the window closes. */
    public void close() {
        statusBar.stop();
        pages.values().forEach(page -> {
            page.compare().runner().close();
            page.runner().close();
        });
        demoPages.values().forEach(DemoPage::close);
    }

    private CompletableFuture<Path> report(CompletableFuture<Path> task, String success) {
        return task.whenCompleteAsync((path, error) -> {
            if (error != null) {
                showError(LessonRunner.describe(error));
            } else {
                LOG.info("{}{}", success, path);
                showSuccess(success + path);
            }
        }, fx);
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(folder.toFile());
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Workbench checkpoints", "*" + Checkpoints.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private static Path withExtension(Path file, String extension) {
        return file.getFileName().toString().endsWith(extension) ? file
                : file.resolveSibling(file.getFileName() + extension);
    }
}
