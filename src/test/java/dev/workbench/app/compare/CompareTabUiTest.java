package dev.workbench.app.compare;

import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.mlp.MlpLesson;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.workbench.app.FxAwait.fx;
import static dev.workbench.app.FxAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Compare tab on the real learning-rate lesson (a small perceptron on the shipped images), with
 * small settings: one epoch on 500 images is 15 updates per lane.
 */
@ExtendWith(ApplicationExtension.class)
class CompareTabUiTest {
    private static final long TIMEOUT_S = 60;

    private LessonPage page;
    private CompareTab compare;

    @Start
    void start(Stage stage) {
        page = new LessonPage(MlpLesson.learningRate(), BackgroundWorker.singleThread("test-loader"), Platform::runLater);
        compare = page.compare();
        page.form().setText("epochs", "1");
        page.form().setText("train-images", "500");
        Scene scene = new Scene(page, 1200, 800);
        scene.getStylesheets().addAll(Theme.areaSheets());
        page.parts().forEach(part -> scene.getStylesheets().addAll(part.stylesheets()));
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        tabs().getSelectionModel().select(compare.tab());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(compare.runner()::close);
    }

    @Test
    void everyLessonPageHasACompareTab() {
        for (Lesson lesson : LessonCatalog.all()) {
            boolean present = fx(() -> {
                LessonPage other = new LessonPage(lesson, BackgroundWorker.direct(), Runnable::run);
                TabPane otherTabs = other.compare().tab().getTabPane();
                return otherTabs != null && otherTabs.getTabs().stream().anyMatch(tab -> CompareTab.TAB_ID.equals(tab.getId()));
            });
            assertTrue(present, lesson.id());
        }
    }

    @Test
    void racingTwoOptimizersDrawsTwoCurvesAndFillsTheTable(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.clickOn("#" + RaceChooser.OPTIMIZERS_ID);
        javafx.scene.control.Button remove = fx(() -> robot.lookup("#" + OptimizerRowsEditor.removeId(3)).queryButton());
        assertTrue(fx(() -> remove.getGraphic() instanceof javafx.scene.shape.Shape), "a drawn cross, not a font glyph");
        assertEquals("Remove lane 4", fx(remove::getAccessibleText));
        assertEquals("Remove lane 4", fx(() -> remove.getTooltip().getText()));
        robot.clickOn("#" + OptimizerRowsEditor.removeId(3));
        robot.clickOn("#" + OptimizerRowsEditor.removeId(2));
        assertEquals(2, fx(() -> compare.rowsEditor().rows().size()));
        robot.clickOn("#" + RaceControls.START_ID);

        until(TIMEOUT_S, () -> compare.lossChart().laneCount() == 2
                && compare.lossChart().receivedIterations(0) > 0 && compare.lossChart().receivedIterations(1) > 0);
        until(TIMEOUT_S, () -> compare.runner().phase() == RacePhase.OVER);
        assertEquals(List.of("SGD (lr 0.05)", "Momentum (lr 0.01)"), fx(() -> compare.runner().planProperty().get().labels()));
        assertEquals(2, fx(() -> compare.lossChart().laneCount()));
        assertEquals(15L, fx(() -> compare.lossChart().receivedIterations(0)), "every iteration of lane 1 drawn");
        assertEquals(15L, fx(() -> compare.lossChart().receivedIterations(1)), "every iteration of lane 2 drawn");
        assertEquals(1L, fx(() -> compare.epochChart().receivedEpochs(1)));

        List<RaceRow> rows = fx(() -> List.copyOf(compare.table().getItems()));
        assertEquals(2, rows.size());
        for (RaceRow row : rows) {
            assertEquals(15, row.iterations());
            assertEquals(RunState.FINISHED, row.state());
            assertTrue(row.finalValue("validation-accuracy") > 0.1, row.label() + " learned something: " + row.finalValue("validation-accuracy"));
            assertFalse(row.diverged());
        }

        robot.clickOn("#" + RaceChart.TIME_TOGGLE_ID);
        assertEquals(15L, fx(() -> compare.lossChart().receivedIterations(0)), "switching the axis draws every point again");

        List<Path> csv = fx(() -> compare.exportCsv(folder.resolve("race-losses.csv"))).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(1 + 2 * 15, Files.readAllLines(csv.get(0)).size(), "header and 15 losses per lane");
        assertEquals(List.of("race-results.csv"), List.of(csv.get(1).getFileName().toString()));
        assertEquals(1 + 2, Files.readAllLines(csv.get(1)).size(), "header and one row per lane");
        Path png = fx(() -> compare.exportPng(folder.resolve("race.png"))).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertTrue(Files.size(png) > 1000, "a real picture");
    }

    @Test
    void anInvalidLaneRateDisablesStartAndSaysWhy(FxRobot robot) {
        robot.clickOn("#" + RaceChooser.OPTIMIZERS_ID);
        robot.doubleClickOn("#" + OptimizerRowsEditor.rateId(1)).write("50");
        assertTrue(fx(() -> robot.lookup("#" + RaceControls.START_ID).query().isDisabled()));
        String reason = fx(compare::blockedReason);
        assertTrue(reason.startsWith("Start is disabled: lane 2: "), reason);
        assertTrue(reason.contains("between 1e-05 and 10, not 50"), reason);
        Node rate = robot.lookup("#" + OptimizerRowsEditor.rateId(1)).query();
        assertTrue(fx(() -> rate.getStyleClass().contains("invalid")));

        robot.interact(() -> compare.rowsEditor().setRate(1, "0.01"));
        assertFalse(fx(() -> robot.lookup("#" + RaceControls.START_ID).query().isDisabled()));
        assertEquals("", fx(compare::blockedReason));
    }

    @Test
    void stopEndsEveryLaneOfAReadyMadeComparison(FxRobot robot) {
        robot.interact(() -> page.form().setText("epochs", "50"));
        robot.clickOn("#" + RaceChooser.choiceId(MlpLesson.learningRate().comparisons().get(0)));
        robot.clickOn("#" + RaceControls.START_ID);
        until(TIMEOUT_S, () -> compare.lossChart().laneCount() == 4 && compare.lossChart().receivedIterations(1) >= 20);
        robot.clickOn("#" + RaceControls.STOP_ID);
        until(TIMEOUT_S, () -> compare.runner().phase() == RacePhase.OVER);
        List<RaceRow> rows = fx(() -> List.copyOf(compare.table().getItems()));
        assertEquals(4, rows.size());
        assertTrue(rows.get(3).diverged(), "the divergent lane says so");
        assertTrue(rows.get(3).failureMessage().startsWith("Training diverged"), rows.get(3).failureMessage());
        assertEquals(RunState.STOPPED, rows.get(1).state());
        assertTrue(rows.get(1).iterations() < 50L * 15, "stopped early");
    }

    private TabPane tabs() {
        return (TabPane) page.lookup("#" + LessonPage.TABS_ID);
    }
}
