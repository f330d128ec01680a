package dev.workbench.app;

import dev.workbench.app.diagnostics.DemoOptions;
import dev.workbench.app.diagnostics.PulseMonitor;
import dev.workbench.app.diagnostics.StartupClock;
import dev.workbench.app.files.AppDirectories;
import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.LessonRunner;
import dev.workbench.app.notes.MarkdownView;
import dev.workbench.app.shell.StatusBar;
import dev.workbench.app.shell.UncaughtErrors;
import dev.workbench.app.shell.ViewPreferences;
import dev.workbench.app.shell.WorkbenchShell;
import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.engine.BackendInfo;
import dev.workbench.lessons.engine.NativeSetup;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.concurrent.CompletableFuture;

/** The JavaFX application: one window with the Workbench shell, opened on the CNN lesson. */
public final class WorkbenchApp extends Application {
    public static final String TITLE = "Deep Learning Workbench";
    static final double WIDTH = 1600;
    static final double HEIGHT = 1000;

    private WorkbenchShell shell;

    @Override
    public void start(Stage stage) {
        StartupClock.mark("JavaFX started");
        shell = createShell(stage, AppDirectories.forCurrentUser());
        stage.show();
        StartupClock.mark("window shown");
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                StartupClock.mark("first frame drawn (window usable)");
                stop();
                warmUp(shell);
                getParameters().getRaw().stream().findFirst()
                        .ifPresent(checkpoint -> shell.loadCheckpoint(java.nio.file.Path.of(checkpoint)));
            }
        }.start();
        if (PulseMonitor.enabled()) {
            new PulseMonitor(shell.currentPageProperty()).start();
        }
        DemoOptions.apply(shell);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }

    /**
     * Builds the whole window content in {@code stage} (not shown yet): the app and the UI tests
     * both start here.
     */
    public static WorkbenchShell createShell(Stage stage, AppDirectories directories) {
        NativeSetup.configure();
        BackgroundWorker worker = BackgroundWorker.singleThread("lesson-loader");
        WorkbenchShell shell = new WorkbenchShell(LessonCatalog.all(), new AppLessons(), worker, Platform::runLater, directories);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        shell.install(stage, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        stage.setTitle(TITLE);
        ViewPreferences.in(directories).attach(shell, BackgroundWorker.singleThread("preferences"));
        UncaughtErrors.install(shell::showError);
        LessonCatalog.find(System.getProperty(DemoOptions.LESSON, CnnLesson.ID))
                .or(() -> LessonCatalog.all().stream().findFirst())
                .ifPresent(lesson -> shell.open(lesson.id()));
        shell.currentPage().runner().phaseProperty().addListener((obs, old, phase) -> {
            if (old == dev.workbench.app.lesson.RunPhase.PREPARING) {
                StartupClock.mark("first model ready (" + phase.label() + ")");
            }
        });
        return shell;
    }

    /**
     * Starts the slow background work once the window is up: loading ND4J (seconds on first
     * use; the status bar says what it runs on), preparing the open lesson's first model, and,
     * once ND4J is loaded, the notes' TeX fonts.
     *
     * <p>The fonts wait because loading ND4J sets OpenBLAS's thread count through JavaCPP, which
     * looks the function up by walking the process's libraries and opening each one again; a
     * library loaded on another thread meanwhile (the fonts load AWT's) can deadlock the two
     * inside glibc, and the whole JVM with them. That froze the app once at start-up.
     */
    public static void warmUp(WorkbenchShell shell) {
        StatusBar statusBar = shell.statusBar();
        CompletableFuture<BackendInfo> backend = CompletableFuture.supplyAsync(BackendInfo::current, runnable -> {
            Thread thread = new Thread(runnable, "nd4j-info");
            thread.setDaemon(true);
            thread.start();
        });
        backend.whenCompleteAsync((info, error) -> {
            if (error != null) {
                statusBar.showBackendFailure(LessonRunner.describe(error));
            } else {
                StartupClock.mark("ND4J backend loaded");
                statusBar.showBackend(info);
            }
        }, Platform::runLater);
        backend.whenComplete((info, error) -> MarkdownView.warmUpFormulas());
        shell.goLive();
    }
}
