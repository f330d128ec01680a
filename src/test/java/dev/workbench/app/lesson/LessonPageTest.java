package dev.workbench.app.lesson;

import dev.workbench.app.FxWait;
import dev.workbench.app.shell.Theme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generic page with a lesson that has no page part and no network. */
@ExtendWith(ApplicationExtension.class)
class LessonPageTest {
    private static final long TIMEOUT_S = 30;

    private LessonPage page;

    @Start
    void start(Stage stage) {
        page = new LessonPage(new ToyLesson(), BackgroundWorker.singleThread("test-loader"), Platform::runLater);
        Scene scene = new Scene(page, 1200, 800);
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
    void aLessonWithoutPartTrainsToTheEnd(FxRobot robot) {
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page.runner().phase() == RunPhase.FINISHED);
        assertEquals(100L, fx(() -> page.lossChart().receivedIterations()));
        assertEquals(2L, fx(() -> page.metricChart("accuracy").receivedEpochs()));
        assertTrue(fx(() -> page.parts().isEmpty()));
    }

    @Test
    void divergedRunShowsItsMessageInABanner(FxRobot robot) {
        robot.interact(() -> page.form().setText("learning-rate", "0.9"));
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page.runner().phase() == RunPhase.FAILED);
        String message = fx(() -> page.banners().message(MessageBanner.Kind.ERROR));
        assertTrue(message.startsWith("Training diverged at iteration 3"), message);
        assertTrue(robot.lookup("." + MessageBanner.Kind.ERROR.styleClass()).tryQuery().isPresent());
    }

    @Test
    void prepareFailureShowsInABannerAndTheFormStaysUsable(FxRobot robot) {
        robot.interact(() -> page.form().setText("missing-data", "true"));
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> ToyLesson.MISSING_DATA_MESSAGE.equals(page.banners().message(MessageBanner.Kind.ERROR)));
        assertEquals(RunPhase.EMPTY, fx(() -> page.runner().phase()));

        robot.interact(() -> page.form().setText("missing-data", "false"));
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page.runner().phase() == RunPhase.FINISHED);
        assertEquals(null, fx(() -> page.banners().message(MessageBanner.Kind.ERROR)), "a new run clears the old error");
    }

    @Test
    void stepTrainsOneIterationThenPauses(FxRobot robot) {
        robot.clickOn("#" + RunControls.STEP_ID);
        await(() -> page.runner().phase() == RunPhase.PAUSED);
        assertEquals(1L, fx(() -> page.lossChart().receivedIterations()));
        robot.clickOn("#" + RunControls.STEP_ID);
        await(() -> page.lossChart().receivedIterations() == 2);
        robot.clickOn("#" + RunControls.RESET_ID);
        await(() -> page.runner().phase() == RunPhase.READY);
        assertEquals(0L, fx(() -> page.lossChart().receivedIterations()));
    }

    @Test
    void aLongPreparationShowsItsProgressAndStopCancelsIt(FxRobot robot) {
        robot.interact(() -> page.form().setText("slow-prepare", "true"));
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page.runner().preparationProperty().get() != null
                && page.runner().preparationProperty().get().step().contains("toy vocabulary"));
        assertTrue(fx(() -> robot.lookup("#" + ProgressPanel.PHASE_ID).queryLabeled().getText()).contains("toy vocabulary"));
        robot.clickOn("#" + RunControls.STOP_ID);
        await(() -> page.runner().phase() == RunPhase.EMPTY);
        assertEquals(null, fx(() -> page.banners().message(MessageBanner.Kind.ERROR)), "cancelling is not an error");

        robot.interact(() -> page.form().setText("slow-prepare", "false"));
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page.runner().phase() == RunPhase.FINISHED);
    }

    @Test
    void aBadCheckpointShowsItsErrorAndLeavesAModelReady(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.dlwb.zip"), "not a checkpoint");
        // As when the app is opened on a file: the page starts preparing its first model, and the
        // file's load replaces that preparation before any model exists.
        robot.interact(() -> {
            page.activate();
            page.loadCheckpoint(bad);
        });
        await(() -> page.runner().phase() == RunPhase.READY);
        String message = fx(() -> page.banners().message(MessageBanner.Kind.ERROR));
        assertTrue(message != null && message.contains("bad.dlwb.zip"), String.valueOf(message));
        assertTrue(!fx(() -> robot.lookup("#" + RunControls.TRAIN_ID).queryButton().isDisabled()), "Train works");

        // With a model, a bad file leaves that model in place.
        robot.clickOn("#" + RunControls.STEP_ID);
        await(() -> page.runner().phase() == RunPhase.PAUSED);
        robot.interact(() -> page.loadCheckpoint(bad));
        await(() -> page.banners().message(MessageBanner.Kind.ERROR) != null);
        assertEquals(RunPhase.PAUSED, fx(() -> page.runner().phase()));
        assertEquals(1L, fx(() -> page.lossChart().receivedIterations()), "the stepped model is still there");
    }

    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
