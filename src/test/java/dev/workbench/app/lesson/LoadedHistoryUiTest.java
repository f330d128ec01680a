package dev.workbench.app.lesson;

import dev.workbench.app.FxWait;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.mlp.MlpLesson;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A checkpoint brings back the curves of the run that trained it: the real learning-rate lesson,
 * one epoch on 500 images, saved, then loaded into a fresh page.
 */
@ExtendWith(ApplicationExtension.class)
class LoadedHistoryUiTest {
    private static final long TIMEOUT_S = 60;

    private Scene scene;
    private LessonPage trained;
    private LessonPage fresh;

    @Start
    void start(Stage stage) {
        trained = page();
        scene = new Scene(trained, 1200, 800);
        scene.getStylesheets().addAll(Theme.areaSheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(trained.runner()::close);
        if (fresh != null) {
            robot.interact(fresh.runner()::close);
        }
    }

    @Test
    void aLoadedModelShowsTheCurvesAndEpochOfItsRun(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> trained.runner().phase() == RunPhase.FINISHED);
        long iterations = fx(() -> trained.lossChart().receivedIterations());
        assertTrue(iterations > 1, "trained " + iterations);
        Path file = folder.resolve("one-epoch" + Checkpoints.EXTENSION);
        fx(() -> trained.runner().saveCheckpoint(file)).get(TIMEOUT_S, TimeUnit.SECONDS);

        robot.interact(() -> {
            fresh = page();
            scene.setRoot(fresh);
            fresh.loadCheckpoint(file);
        });
        await(() -> fresh.runner().phase() == RunPhase.READY && fresh.lossChart().receivedIterations() > 0);
        assertEquals(iterations, fx(() -> fresh.lossChart().receivedIterations()), "every iteration's loss is back");
        assertEquals(1L, fx(() -> fresh.metricChart("accuracy").receivedEpochs()), "the epoch's accuracy is back");
        String epoch = fx(() -> ((Label) fresh.lookup("#" + ProgressPanel.EPOCH_ID)).getText());
        assertEquals("Epoch 1 / 1", epoch);

        // Trained further, the loaded model draws a new run's curve from its first iteration.
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> fresh.runner().phase() == RunPhase.FINISHED);
        assertEquals(iterations, fx(() -> fresh.lossChart().receivedIterations()));
    }

    private static LessonPage page() {
        LessonPage page = new LessonPage(MlpLesson.learningRate(), BackgroundWorker.singleThread("test-loader"), Platform::runLater);
        page.form().setText("epochs", "1");
        page.form().setText("train-images", "500");
        return page;
    }

    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
