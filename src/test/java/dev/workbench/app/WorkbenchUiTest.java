package dev.workbench.app;

import dev.workbench.app.charts.MetricChart;
import dev.workbench.app.cnn.CnnPage;
import dev.workbench.app.controls.UncachedScrollPaneSkin;
import dev.workbench.app.files.AppDirectories;
import dev.workbench.app.form.ParameterEditor;
import dev.workbench.app.lesson.BannerArea;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.MessageBanner;
import dev.workbench.app.lesson.RunControls;
import dev.workbench.app.lesson.RunPhase;
import dev.workbench.app.shell.WorkbenchShell;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real app on headless Monocle, training the real CNN lesson on the shipped data with small
 * settings (one epoch of 156 batches of 64).
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {
    private static final long TIMEOUT_S = 90;

    @TempDir
    static Path dataDir;

    private WorkbenchShell shell;

    @Start
    void start(Stage stage) {
        shell = WorkbenchApp.createShell(stage, new AppDirectories(dataDir));
        // The stage is shared with other test classes, which may have left it smaller.
        stage.sizeToScene();
        stage.show();
        WorkbenchApp.warmUp(shell);
        page().form().setText("epochs", "1");
        page().form().setText("batch-size", "64");
    }

    @AfterEach
    void closeRuns(FxRobot robot) {
        robot.interact(shell::close);
    }

    @Test
    void opensOnTheCnnLessonAndPreparesAModel() {
        assertEquals("cnn", fx(() -> page().lesson().id()));
        awaitPhase(RunPhase.READY);
        await(() -> cnnPage().snapshotsProperty().get() > 0);
    }

    @Test
    void trainAddsLossPointsAndStopEndsTheRun(FxRobot robot) throws Exception {
        awaitPhase(RunPhase.READY);
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page().lossChart().receivedIterations() >= 5);
        awaitPhase(RunPhase.RUNNING);
        robot.clickOn("#" + RunControls.STOP_ID);
        awaitPhase(RunPhase.STOPPED);
        long points = fx(() -> page().lossChart().receivedIterations());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(points, fx(() -> page().lossChart().receivedIterations()));
        assertFalse(fx(() -> button(robot, RunControls.TRAIN_ID).isDisabled()), "Train is available again");

        Path png = fx(() -> shell.exportCharts(dataDir.resolve("charts.png"))).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertNotNull(javax.imageio.ImageIO.read(png.toFile()), "a readable PNG");
        Path csv = fx(() -> shell.exportHistory(dataDir.resolve("history.csv"))).get(TIMEOUT_S, TimeUnit.SECONDS);
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).startsWith("type,epoch,iteration,loss"), rows.get(0));
        assertEquals(points, rows.stream().filter(row -> row.startsWith("iteration,")).count());
    }

    @Test
    void whileTrainingTheWindowRepaintsOnlyWhatChanged(FxRobot robot) {
        awaitPhase(RunPhase.READY);
        List<ScrollPane> scrollPanes = fx(() -> robot.lookup(".scroll-pane").queryAllAs(ScrollPane.class).stream().toList());
        assertFalse(scrollPanes.isEmpty());
        for (ScrollPane pane : scrollPanes) {
            assertTrue(fx(() -> pane.getSkin() instanceof UncachedScrollPaneSkin), pane + " has the uncached skin");
            assertFalse(fx(() -> pane.lookup("." + UncachedScrollPaneSkin.VIEWPORT_CLASS).isCache()), pane + "'s viewport");
        }

        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page().lossChart().receivedIterations() >= 3);
        MetricChart accuracy = fx(() -> page().metricChart("accuracy"));
        long accuracyDrawings = fx(accuracy::drawings);
        long lossDrawings = fx(() -> page().lossChart().drawings());
        await(() -> page().lossChart().drawings() >= lossDrawings + 3);
        assertEquals(0L, fx(accuracy::receivedEpochs), "still in the first epoch");
        assertEquals(accuracyDrawings, fx(accuracy::drawings), "the epoch chart waits for its epoch");
        robot.clickOn("#" + RunControls.STOP_ID);
        awaitPhase(RunPhase.STOPPED);
    }

    @Test
    void pauseStopsNewPointsAndResumeContinues(FxRobot robot) {
        awaitPhase(RunPhase.READY);
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page().lossChart().receivedIterations() >= 3);
        robot.clickOn("#" + RunControls.PAUSE_ID);
        awaitPhase(RunPhase.PAUSED);
        long paused = fx(() -> page().lossChart().receivedIterations());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(paused, fx(() -> page().lossChart().receivedIterations()), "no new points while paused");
        robot.clickOn("#" + RunControls.RESUME_ID);
        await(() -> page().lossChart().receivedIterations() > paused);
        robot.clickOn("#" + RunControls.STOP_ID);
        awaitPhase(RunPhase.STOPPED);
    }

    @Test
    void invalidLearningRateDisablesTrainAndSaysWhy(FxRobot robot) {
        String field = "#" + ParameterEditor.inputId("learning-rate");
        replaceText(robot, field, "abc");
        assertTrue(fx(() -> button(robot, RunControls.TRAIN_ID).isDisabled()));
        String reason = fx(() -> robot.lookup("#" + LessonPage.BLOCKED_REASON_ID).queryAs(Label.class).getText());
        assertTrue(reason.contains("Learning rate must be a number"), reason);
        assertTrue(fx(() -> robot.lookup(field).query().getStyleClass().contains(ParameterEditor.INVALID_CLASS)));

        replaceText(robot, field, "5");
        reason = fx(() -> robot.lookup("#" + LessonPage.BLOCKED_REASON_ID).queryAs(Label.class).getText());
        assertTrue(reason.contains("between 1e-05 and 1"), reason);
        assertTrue(fx(() -> button(robot, RunControls.TRAIN_ID).isDisabled()));

        replaceText(robot, field, "0.001");
        assertFalse(fx(() -> robot.lookup(field).query().getStyleClass().contains(ParameterEditor.INVALID_CLASS)));
        assertFalse(fx(() -> robot.lookup("#" + LessonPage.BLOCKED_REASON_ID).query().isVisible()));
    }

    @Test
    void instructorShortcutsScaleTextAndToggleTraining(FxRobot robot) {
        double before = fx(() -> shell.fontScale().scale());
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        assertTrue(fx(() -> shell.fontScale().scale()) > before);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertEquals(before, fx(() -> shell.fontScale().scale()));

        awaitPhase(RunPhase.READY);
        robot.clickOn("#" + RunControls.TRAIN_ID);
        awaitPhase(RunPhase.RUNNING);
        robot.type(KeyCode.SPACE);
        awaitPhase(RunPhase.PAUSED);
        robot.type(KeyCode.SPACE);
        awaitPhase(RunPhase.RUNNING);
        robot.clickOn("#" + RunControls.STOP_ID);
        awaitPhase(RunPhase.STOPPED);

        // Step continues a run; after one has ended it says so and keeps the model.
        robot.type(KeyCode.RIGHT);
        await(() -> banners().message(MessageBanner.Kind.INFO) != null);
        assertEquals(RunPhase.STOPPED, fx(() -> page().runner().phase()));
        robot.type(KeyCode.R);
        awaitPhase(RunPhase.READY);
        robot.type(KeyCode.RIGHT);
        awaitPhase(RunPhase.PAUSED);
        assertEquals(1L, fx(() -> page().lossChart().receivedIterations()), "a fresh model stepped once");
        robot.type(KeyCode.R);
        awaitPhase(RunPhase.READY);
        assertEquals(0L, fx(() -> page().lossChart().receivedIterations()));
    }

    @Test
    void corruptCheckpointShowsAnErrorAndTheAppStaysUsable(FxRobot robot) throws Exception {
        Path garbage = Files.writeString(dataDir.resolve("broken" + dev.workbench.lessons.engine.Checkpoints.EXTENSION),
                "this is not a checkpoint");
        awaitPhase(RunPhase.READY);
        robot.interact(() -> shell.loadCheckpoint(garbage));
        await(() -> banners().message(MessageBanner.Kind.ERROR) != null);
        String message = fx(() -> banners().message(MessageBanner.Kind.ERROR));
        assertTrue(message.contains("broken"), message);

        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page().lossChart().receivedIterations() >= 3);
        robot.clickOn("#" + RunControls.STOP_ID);
        awaitPhase(RunPhase.STOPPED);
    }

    @Test
    void savedCheckpointLoadsBackWithItsSettings(FxRobot robot) throws Exception {
        awaitPhase(RunPhase.READY);
        Path file = dataDir.resolve("saved" + dev.workbench.lessons.engine.Checkpoints.EXTENSION);
        robot.interact(() -> page().form().setText("dropout", "0.25"));
        robot.interact(page()::reset);
        awaitPhase(RunPhase.READY);
        fx(() -> shell.saveCheckpoint(file)).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertTrue(Files.isRegularFile(file));
        robot.interact(() -> page().form().setText("dropout", "0"));
        int before = fx(() -> cnnPage().snapshotsProperty().get());
        robot.interact(() -> shell.loadCheckpoint(file));
        await(() -> banners().message(MessageBanner.Kind.SUCCESS) != null
                && banners().message(MessageBanner.Kind.SUCCESS).startsWith("Loaded"));
        awaitPhase(RunPhase.READY);
        await(() -> cnnPage().snapshotsProperty().get() > before);
        assertEquals("0.25", fx(() -> robot.lookup("#" + ParameterEditor.inputId("dropout")).queryAs(TextField.class).getText()));
    }

    // ---- helpers --------------------------------------------------------------------------

    private LessonPage page() {
        return shell.currentPage();
    }

    private CnnPage cnnPage() {
        return page().part(CnnPage.class).orElseThrow();
    }

    private BannerArea banners() {
        return page().banners();
    }

    private static Button button(FxRobot robot, String id) {
        Button button = robot.lookup("#" + id).queryButton();
        assertNotNull(button, id);
        return button;
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitPhase(RunPhase phase) {
        await(() -> page().runner().phase() == phase);
    }

    /** Waits until a condition, evaluated on the FX thread, holds. */
    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
