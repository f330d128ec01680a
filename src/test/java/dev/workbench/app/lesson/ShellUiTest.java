package dev.workbench.app.lesson;

import dev.workbench.app.AppLessons;
import dev.workbench.app.FxWait;
import dev.workbench.app.files.AppDirectories;
import dev.workbench.app.form.ParameterEditor;
import dev.workbench.app.shell.StatusBar;
import dev.workbench.app.shell.WorkbenchShell;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shell around a page, with the toy lesson: keys and focus, status bar, quitting, exports. */
@ExtendWith(ApplicationExtension.class)
class ShellUiTest {
    private static final long TIMEOUT_S = 30;

    @TempDir
    static Path dataDir;

    private WorkbenchShell shell;

    @Start
    void start(Stage stage) {
        shell = new WorkbenchShell(List.of(new ToyLesson()), new AppLessons(), BackgroundWorker.singleThread("test-loader"),
                Platform::runLater, new AppDirectories(dataDir));
        shell.install(stage, 1200, 800);
        // The stage is shared with other test classes: the size of this scene, for this test only.
        stage.sizeToScene();
        shell.open("toy");
        stage.show();
        shell.goLive();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
    }

    @Test
    void stepOnAnEndedRunKeepsTheTrainedModelAndSaysWhatToDo(FxRobot robot) {
        awaitPhase(RunPhase.READY);
        robot.clickOn("#" + RunControls.TRAIN_ID);
        awaitPhase(RunPhase.FINISHED);
        robot.clickOn("#" + RunControls.STEP_ID);
        await(() -> page().banners().message(MessageBanner.Kind.INFO) != null);
        assertEquals(LessonPage.STEP_AFTER_END, fx(() -> page().banners().message(MessageBanner.Kind.INFO)));
        assertEquals(RunPhase.FINISHED, fx(() -> page().runner().phase()), "the finished run stays");
        assertEquals(100L, fx(() -> page().lossChart().receivedIterations()), "its curve stays");
        robot.clickOn("#" + RunControls.RESET_ID);
        awaitPhase(RunPhase.READY);
        robot.clickOn("#" + RunControls.STEP_ID);
        await(() -> page().runner().phase() == RunPhase.PAUSED && page().lossChart().receivedIterations() == 1);
    }

    @Test
    void runKeysWorkAgainAfterEscapeOrAClickBesideTheField(FxRobot robot) {
        awaitPhase(RunPhase.READY);
        robot.interact(() -> page().setSettingsShown(true));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(shell::requestFocus);
        robot.type(KeyCode.RIGHT);
        await(() -> page().lossChart().receivedIterations() == 1);
        String field = "#" + ParameterEditor.inputId("learning-rate");
        String before = fx(() -> robot.lookup(field).queryAs(TextField.class).getText());

        robot.clickOn(field);
        assertTrue(fx(() -> robot.lookup(field).query().isFocused()));
        robot.type(KeyCode.RIGHT);
        assertEquals(1L, fx(() -> page().lossChart().receivedIterations()), "in a field, → moves the caret");
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> shell.getScene().getFocusOwner() instanceof TextInputControl), "Escape leaves the field");
        robot.type(KeyCode.RIGHT);
        await(() -> page().lossChart().receivedIterations() == 2);

        robot.clickOn(field);
        robot.clickOn("#" + LessonPage.LOSS_CHART_ID);
        await(() -> !(shell.getScene().getFocusOwner() instanceof TextInputControl));
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.RIGHT);
        await(() -> page().lossChart().receivedIterations() >= 3);
        assertEquals(before, fx(() -> robot.lookup(field).queryAs(TextField.class).getText()), "no blank typed in the field");
    }

    @Test
    void theStatusBarFollowsThePageOnScreen(FxRobot robot) {
        awaitPhase(RunPhase.READY);
        await(() -> status(robot).startsWith("Toy lesson: Ready"));
        robot.clickOn("#catalog-" + dev.workbench.lessons.landscape.LandscapeDemo.ID);
        await(() -> !status(robot).contains("Toy lesson"));
        assertTrue(status(robot).contains("demo"), status(robot));
        robot.clickOn("#catalog-toy");
        await(() -> status(robot).startsWith("Toy lesson"));
    }

    @Test
    void exportingAHistoryBeforeTrainingIsRefused(FxRobot robot) {
        awaitPhase(RunPhase.READY);
        Path csv = dataDir.resolve("empty-history.csv");
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> fx(() -> shell.exportHistory(csv)).get(TIMEOUT_S, TimeUnit.SECONDS));
        assertTrue(refused.getCause().getMessage().startsWith("Nothing to export yet"), refused.getCause().getMessage());
        await(() -> page().banners().message(MessageBanner.Kind.ERROR) != null);
        assertTrue(fx(() -> page().banners().message(MessageBanner.Kind.ERROR)).startsWith("Nothing to export yet"));
        assertFalse(Files.exists(csv));
    }

    @Test
    void quittingAsksOnlyWhileTrainingWouldBeLost(FxRobot robot) {
        List<String> asked = new ArrayList<>();
        robot.interact(() -> shell.setQuitConfirmation(message -> {
            asked.add(message);
            return false;
        }));
        awaitPhase(RunPhase.READY);
        assertTrue(fx(shell::mayQuit), "nothing trained: quit at once");
        assertTrue(asked.isEmpty());

        robot.clickOn("#" + RunControls.STEP_ID);
        awaitPhase(RunPhase.PAUSED);
        assertFalse(fx(shell::mayQuit), "paused part-way: the student keeps working");
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("Toy lesson"), asked.get(0));

        robot.interact(() -> shell.setQuitConfirmation(message -> true));
        assertTrue(fx(shell::mayQuit), "the student said quit");
    }

    private LessonPage page() {
        return shell.currentPage();
    }

    private String status(FxRobot robot) {
        return fx(() -> robot.lookup("#" + StatusBar.RUN_ID).queryAs(Label.class).getText());
    }

    private void awaitPhase(RunPhase phase) {
        await(() -> page() != null && page().runner().phase() == phase);
    }

    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
