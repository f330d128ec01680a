package dev.workbench.app.lesson;

import dev.workbench.app.FxWait;
import dev.workbench.app.form.ParameterForm;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.cnn.CnnSession;
import dev.workbench.lessons.engine.NativeSetup;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings form during a run of the real CNN: the learning rate applies at once, the rest waits for a new run. */
@ExtendWith(ApplicationExtension.class)
class LiveSettingsUiTest {
    private static final long TIMEOUT_S = 60;

    private LessonPage page;

    @Start
    void start(Stage stage) {
        NativeSetup.configure();
        page = new LessonPage(new CnnLesson(), BackgroundWorker.singleThread("test-loader"), Platform::runLater);
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
    void editingTheLearningRateWhilePausedAppliesItAndOtherFieldsWaitForANewRun(FxRobot robot) throws Exception {
        robot.interact(() -> page.form().setText("train-images", "640"));
        assertFalse(fx(() -> page.form().needsNewRun("epochs") || page.form().appliesLive("learning-rate")),
                "no marks before a run");
        robot.clickOn("#" + RunControls.STEP_ID);
        await(() -> page.runner().phase() == RunPhase.PAUSED);

        assertTrue(fx(() -> page.form().appliesLive("learning-rate")));
        assertTrue(fx(() -> page.form().needsNewRun("epochs") && page.form().needsNewRun("optimizer")
                && page.form().needsNewRun(ParameterForm.SEED)));
        Label note = robot.lookup("#run-note-epochs").queryAs(Label.class);
        assertTrue(fx(note::isVisible));
        assertEquals("new run", fx(note::getText));
        assertTrue(fx(() -> note.getTooltip().getText()).contains("Needs a new run"));
        assertFalse(fx(() -> robot.lookup("#param-epochs").query().isDisabled()),
                "still editable: a change is for the next run");

        robot.interact(() -> page.form().setText("learning-rate", "0.003"));
        await(() -> page.runner().runSettingsProperty().get().decimal("learning-rate") == 0.003);
        double applied = page.runner().runProperty().get()
                .inspect(s -> ((CnnSession) s).currentLearningRate()).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(0.003, applied, 1e-9, "the paused network's updater has the new rate");
        assertFalse(fx(() -> robot.lookup("#" + LessonPage.PENDING_NOTE_ID).query().isVisible()),
                "nothing waits for a new run");

        robot.interact(() -> page.form().setText("epochs", "3"));
        assertTrue(fx(() -> robot.lookup("#" + LessonPage.PENDING_NOTE_ID).query().isVisible()),
                "a non-live change waits for the next run");
        assertEquals(0.003, fx(() -> page.runner().runSettingsProperty().get().decimal("learning-rate")));

        robot.clickOn("#" + RunControls.STOP_ID);
        await(() -> page.runner().phase().isOver());
        assertFalse(fx(() -> page.form().needsNewRun("epochs") || page.form().appliesLive("learning-rate")),
                "marks go when the run ends");
    }

    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
