package dev.workbench.app.lesson;

import dev.workbench.app.FxWait;
import dev.workbench.app.compare.RaceRow;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.engine.ProbingLesson;
import dev.workbench.lessons.engine.ProbingSession;
import dev.workbench.lessons.engine.TrainingRun;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generic page with a real network that declares its own metrics and a live probe: the page
 * draws what the lesson declared without knowing it, and a busy screen never holds training up.
 */
@ExtendWith(ApplicationExtension.class)
class DeclaredMetricsAndProbesUiTest {
    private static final long TIMEOUT_S = 60;

    private LessonPage page;

    @Start
    void start(Stage stage) {
        page = new LessonPage(new ProbingLesson(), BackgroundWorker.singleThread("test-loader"), Platform::runLater);
        Scene scene = new Scene(page, 1200, 780);
        scene.getStylesheets().addAll(Theme.areaSheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(page.runner()::close);
    }

    @Test
    void aProbeReachesThePageWhileTheScreenIsBusyAndTrainingDoesNotWait(FxRobot robot) {
        robot.interact(() -> page.form().setText("epochs", "1000"));
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page.runner().phase() == RunPhase.RUNNING);
        TrainingRun run = fx(() -> page.runner().runProperty().get());
        AtomicLong before = new AtomicLong();
        AtomicLong after = new AtomicLong();
        robot.interact(() -> {
            // Hold the FX thread for a second, as a slow redraw would.
            before.set(run.iteration());
            sleep(1000);
            after.set(run.iteration());
        });
        assertTrue(after.get() > before.get() + 20,
                "training went on while the screen was busy: " + before + " -> " + after);
        await(() -> page.probes().orElseThrow().widget(ProbingSession.LAYER_NORMS).map(w -> !w.isEmpty()).orElse(false));
        robot.clickOn("#" + RunControls.STOP_ID);
        await(() -> page.runner().phase() == RunPhase.STOPPED);
    }

    @Test
    void declaredMetricsGetTheirChartsAndRaceTableColumns(FxRobot robot) {
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page.runner().phase() == RunPhase.FINISHED);
        assertTrue(fx(() -> page.metricChart("weights").received()) >= 300, "every weight norm drawn");
        List<String> headers = fx(() -> {
            List<String> texts = new ArrayList<>();
            page.compare().table().getColumns().forEach(column -> collectHeaders(column, texts));
            return texts;
        });
        assertTrue(headers.contains("shuffled-label"), "the lesson's own epoch metric has a column: " + headers);
        assertTrue(headers.stream().noneMatch(h -> h.contains("accuracy") || h.equals("Accuracy")),
                "no accuracy for a lesson that declares none: " + headers);
    }

    private static void collectHeaders(TableColumn<RaceRow, ?> column, List<String> texts) {
        Node graphic = column.getGraphic();
        if (graphic instanceof Label label) {
            texts.add(label.getText());
        } else if (column.getText() != null) {
            texts.add(column.getText());
        }
        column.getColumns().forEach(child -> collectHeaders(child, texts));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
