package dev.workbench.app.rate;

import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.mlp.MlpLesson;
import dev.workbench.lessons.optim.LrRangeTest;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static dev.workbench.app.FxAwait.fx;
import static dev.workbench.app.FxAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learning-rate lesson's own tabs: the schedule preview and the range test on a network of its own. */
@ExtendWith(ApplicationExtension.class)
class RangeTestUiTest {
    private static final long TIMEOUT_S = 60;

    private LessonPage page;
    private LearningRatePage part;

    @Start
    void start(Stage stage) {
        page = new LessonPage(MlpLesson.learningRate(), BackgroundWorker.singleThread("test-loader"), Platform::runLater,
                new dev.workbench.app.AppLessons());
        part = page.part(LearningRatePage.class).orElseThrow();
        page.form().setText("train-images", "2000");
        Scene scene = new Scene(page, 1200, 800);
        scene.getStylesheets().addAll(Theme.areaSheets());
        scene.getStylesheets().addAll(part.stylesheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void rangeTestMarksASuggestedRateThatCanBeUsed(FxRobot robot) {
        select(LearningRatePage.RANGE_TEST_TAB_ID);
        robot.interact(() -> part.rangeTestPanel().setIterations(60));
        robot.clickOn("#" + RangeTestPanel.RUN_ID);
        until(TIMEOUT_S, () -> part.rangeTest().resultProperty().get() != null);

        LrRangeTest.Result result = fx(() -> part.rangeTest().resultProperty().get());
        assertNull(fx(() -> part.rangeTest().failureProperty().get()));
        assertTrue(result.learningRates().length >= 10, "swept " + result.learningRates().length + " rates");
        assertTrue(result.suggested() > 1e-5 && result.suggested() < 10, "suggested " + result.suggested());
        assertEquals(result.suggested(), fx(() -> part.rangeTestPanel().chart().xMarker()));
        assertEquals(result.learningRates().length, fx(() -> part.rangeTestPanel().chart().points()));
        assertEquals(null, fx(() -> page.runner().runProperty().get()), "the page's own run was never touched");

        String suggested = fx(() -> part.rangeTestPanel().suggestedText().orElseThrow());
        robot.clickOn("#" + RangeTestPanel.USE_ID);
        assertEquals(Double.parseDouble(suggested), fx(() -> page.form().result().settings().decimal("learning-rate")));
    }

    @Test
    void schedulePreviewFollowsTheForm(FxRobot robot) {
        select(LearningRatePage.SCHEDULE_TAB_ID);
        assertEquals(5 * 62, fx(() -> part.schedule().chart().points()), "5 epochs of 2000 / 32 = 62 updates, all drawn");
        robot.interact(() -> {
            page.form().setText("lr-schedule", "step");
            page.form().setText("epochs", "3");
        });
        assertTrue(fx(() -> part.schedule().formula()).contains("γ^⌊i / T⌋"), fx(() -> part.schedule().formula()));
        assertEquals(3 * 62, fx(() -> part.schedule().chart().points()), "3 epochs of 2000 / 32 = 62 updates");
        robot.interact(() -> page.form().setText("epochs", "0"));
        assertEquals(0, fx(() -> part.schedule().chart().points()), "invalid settings: no curve");
    }

    private void select(String tabId) {
        fx(() -> {
            TabPane tabs = (TabPane) page.lookup("#" + LessonPage.TABS_ID);
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
    }
}
