package dev.workbench.app.gan;

import dev.workbench.app.AppLessons;
import dev.workbench.app.FxWait;
import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.RunControls;
import dev.workbench.app.lesson.RunPhase;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.engine.Pace;
import dev.workbench.lessons.gan.GanLesson;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GAN page's plane: fed by a real 2-D run, layers that switch, a target drawn with the mouse. */
@ExtendWith(ApplicationExtension.class)
class GanPageUiTest {
    private static final long TIMEOUT_S = 90;

    private LessonPage page;
    private GanPage gan;

    @Start
    void start(Stage stage) {
        page = new LessonPage(new GanLesson(), BackgroundWorker.singleThread("test-loader"), Platform::runLater,
                new AppLessons());
        gan = page.part(GanPage.class).orElseThrow();
        Scene scene = new Scene(page, 1200, 800);
        scene.getStylesheets().addAll(Theme.areaSheets());
        scene.getStylesheets().addAll(gan.stylesheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        TabPane tabs = (TabPane) page.lookup("#" + LessonPage.TABS_ID);
        tabs.getTabs().stream().filter(t -> GanPage.TAB_ID.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(page.runner()::close);
    }

    @Test
    void aTwoDimensionalRunFillsEveryLayerOfThePlaneAndTheLayersSwitchOff(FxRobot robot) {
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> gan.view().map() != null && gan.view().samples() != null && gan.view().manifold() != null
                && gan.view().arrows() != null);
        assertEquals(2 * 64, fx(() -> gan.view().arrows().x().length), "64 arrows as pairs of points");
        robot.clickOn("#" + GanPage.ARROWS_ID);
        robot.clickOn("#" + GanPage.MANIFOLD_ID);
        assertEquals(new PlaneLayers(true, false, false), fx(() -> gan.view().layers()));
        robot.clickOn("#" + GanPage.HEAT_MAP_ID);
        assertFalse(fx(() -> gan.view().layers().heatMap()));
        robot.clickOn("#" + RunControls.STOP_ID);
        await(() -> page.runner().phase().isOver());
    }

    @Test
    void pointsDrawnWithTheMouseBecomeTheTargetOfTheNextRun(FxRobot robot) {
        await(() -> gan.view().frame() != null);
        robot.clickOn("#" + GanPage.DRAW_ID);
        GanPlaneView.Frame frame = fx(() -> gan.view().frame());
        for (int i = 0; i < 12; i++) {
            double angle = 2 * Math.PI * i / 12;
            double px = frame.left() + frame.size() * (0.5 + 0.3 * Math.cos(angle));
            double py = frame.top() + frame.size() * (0.5 + 0.3 * Math.sin(angle));
            Point2D screen = fx(() -> gan.view().localToScreen(px, py));
            robot.clickOn(screen);
        }
        assertEquals(12, fx(() -> gan.drawn().size()));
        assertEquals(GanLesson.DRAWN_TARGET, fx(() -> page.form().textProperty(GanLesson.TARGET).get()));
        String text = fx(() -> page.form().textProperty(GanLesson.POINTS).get());
        assertEquals(12, text.trim().split("\\s+").length, text);
        assertTrue(fx(() -> page.form().result().isValid()), "twelve points are a valid target");
        // Points land where they were clicked: 0.3 of the plane's width from its centre.
        double radius = fx(() -> Math.hypot(gan.drawn().points().get(0)[0], gan.drawn().points().get(0)[1]));
        assertEquals(0.3 * (frame.xMax() - frame.xMin()), radius, 0.05 * (frame.xMax() - frame.xMin()));

        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> gan.view().samples() != null);
        robot.clickOn("#" + RunControls.STOP_ID);
        await(() -> page.runner().phase() == RunPhase.STOPPED);
        assertEquals(GanLesson.DRAWN_TARGET, fx(() -> page.runner().runSettingsProperty().get().values().get(GanLesson.TARGET)),
                "the run trained on the drawn target");

        robot.clickOn("#" + GanPage.CLEAR_ID);
        assertEquals(0, fx(() -> gan.drawn().size()));
        assertEquals("", fx(() -> page.form().textProperty(GanLesson.POINTS).get()));
    }

    @Test
    void slowMotionInTheRunBarSlowsTheRun(FxRobot robot) {
        robot.interact(() -> page.runControls().pace().setValue(Pace.SLOW));
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page.runner().phase() == RunPhase.RUNNING);
        assertEquals(Pace.SLOW.stepsPerSecond(), fx(() -> page.runner().runProperty().get().stepsPerSecond()));
        sleep(2000);
        long slowed = fx(() -> page.runner().runProperty().get().iteration());
        assertTrue(slowed < 20, "5 steps/s for about 2 s: " + slowed);
        robot.interact(() -> page.runControls().pace().setValue(Pace.FULL));
        assertEquals(0.0, fx(() -> page.runner().runProperty().get().stepsPerSecond()));
        robot.clickOn("#" + RunControls.STOP_ID);
        await(() -> page.runner().phase() == RunPhase.STOPPED);
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
