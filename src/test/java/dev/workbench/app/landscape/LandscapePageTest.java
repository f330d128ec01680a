package dev.workbench.app.landscape;

import dev.workbench.app.FxWait;
import dev.workbench.app.WorkbenchApp;
import dev.workbench.app.files.AppDirectories;
import dev.workbench.app.shell.WorkbenchShell;
import dev.workbench.lessons.landscape.LandscapeDemo;
import dev.workbench.lessons.landscape.Vec2;
import dev.workbench.lessons.optim.OptimizerKind;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loss-landscape page in the real shell on headless Monocle, racing with ND4J's updaters. */
@ExtendWith(ApplicationExtension.class)
class LandscapePageTest {
    private static final Logger LOG = LoggerFactory.getLogger(LandscapePageTest.class);
    private static final long TIMEOUT_S = 30;

    @TempDir
    static Path dataDir;

    private WorkbenchShell shell;

    @Start
    void start(Stage stage) {
        shell = WorkbenchApp.createShell(stage, new AppDirectories(dataDir));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
    }

    @Test
    void opensFromTheCatalogAndRacesFromTheClickedStart(FxRobot robot) {
        robot.clickOn("#catalog-" + LandscapeDemo.ID);
        LandscapePage page = page(robot);
        assertNull(fx(shell::currentPage), "no lesson page is current while the demo shows");
        await(() -> page.map().heatMap().picture() != null && page.map().heatMap().picture().cols() > 1);
        assertEquals(5, fx(() -> page.player().tracksProperty().get().lanes().size()));

        Bounds area = fx(() -> page.map().area().localToScreen(page.map().area().getBoundsInLocal()));
        Point2D click = new Point2D(area.getMinX() + area.getWidth() * 0.25, area.getMinY() + area.getHeight() * 0.3);
        robot.clickOn(click);
        Vec2 expected = fx(() -> page.map().transform().toPlane(area.getWidth() * 0.25, area.getHeight() * 0.3));
        Vec2 start = fx(page::start);
        double pixel = fx(() -> page.map().transform().window().width() / page.map().transform().width());
        assertTrue(start.distanceTo(expected) < 2 * pixel, "start " + start + " should be near " + expected);
        assertEquals(start, fx(() -> page.player().tracksProperty().get().setup().start()));

        await(() -> page.player().shownStepProperty().get() >= 30);
        assertTrue(fx(() -> page.player().playingProperty().get()), "a click starts the race");
        assertTrue(fx(() -> page.player().tracksProperty().get().lanes().get(0).size()) > 30, "paths grow");
        LOG.info("landscape animation with 5 lanes on Monocle: {} fps", fx(() -> page.player().meter().frameRate()));

        robot.clickOn("#" + RaceControls.PAUSE_ID);
        int paused = fx(() -> page.player().shownStepProperty().get());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(paused, fx(() -> page.player().shownStepProperty().get()), "paused means no new steps");

        robot.clickOn("#" + RaceControls.STEP_ID);
        await(() -> page.player().shownStepProperty().get() == paused + 1);

        robot.clickOn("#" + RaceControls.RESET_ID);
        await(() -> page.player().shownStepProperty().get() == 0);
        assertEquals(start, fx(page::start), "reset keeps the start point");
        assertEquals("η 0.07 · step 0", fx(() -> page.legend().statusText(0)));

        robot.clickOn("#" + RaceControls.PLAY_ID);
        await(() -> page.player().shownStepProperty().get() > 10);
        robot.type(KeyCode.SPACE);
        await(() -> !page.player().playingProperty().get());
        robot.type(KeyCode.R);
        await(() -> page.player().shownStepProperty().get() == 0);
    }

    @Test
    void aTooLargeLearningRateDivergesAndTheLegendSaysSo(FxRobot robot) {
        robot.interact(() -> shell.open(LandscapeDemo.ID));
        LandscapePage page = page(robot);
        robot.interact(() -> {
            page.showSurface("rosenbrock");
            page.optimizers().setLearningRate(OptimizerKind.SGD, 0.1);
        });
        assertEquals("Rosenbrock", fx(() -> page.player().tracksProperty().get().setup().landscape().label()));
        robot.clickOn("#" + RaceControls.PLAY_ID);
        await(() -> page.player().tracksProperty().get().lanes().get(0).divergedBy(page.player().shownStepProperty().get()));
        String status = fx(() -> page.legend().statusText(0));
        assertTrue(status.startsWith("η 0.1 · diverged at step "), status);
        assertTrue(fx(() -> page.player().playingProperty().get()), "the other optimizers race on");
        await(() -> page.player().shownStepProperty().get() > 40);
    }

    private LandscapePage page(FxRobot robot) {
        return (LandscapePage) fx(() -> robot.lookup("#" + LandscapePage.ID).query());
    }

    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
