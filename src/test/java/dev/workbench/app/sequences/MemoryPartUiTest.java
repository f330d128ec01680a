package dev.workbench.app.sequences;

import dev.workbench.app.FxAwait;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.memory.LongMemoryLesson;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The memory tabs on a real (tiny) LSTM: the horizon at initialisation shows, and the cell's maps come back. */
@ExtendWith(ApplicationExtension.class)
class MemoryPartUiTest {
    private static final long TIMEOUT_S = 90;
    private final LongMemoryLesson lesson = new LongMemoryLesson();
    private MemoryPart part;
    private TabPane tabs;
    private TrainingRun run;

    @BeforeAll
    static void natives() {
        NativeSetup.configure();
    }

    @Start
    void start(Stage stage) {
        part = new MemoryPart(new PartContext(lesson, Platform::runLater, message -> { }, null));
        tabs = new TabPane();
        tabs.getTabs().addAll(part.tabs());
        Scene scene = new Scene(tabs, 1280, 720);
        scene.getStylesheets().addAll(Theme.areaSheets());
        scene.getStylesheets().addAll(part.stylesheets());
        Theme.HIGH_CONTRAST.apply(scene);
        stage.setScene(scene);
        stage.show();
        run = new TrainingRun(lesson.prepare(lesson.validate(Map.of(LongMemoryLesson.LAG, "6",
                LongMemoryLesson.HIDDEN, "4"), Settings.DEFAULT_SEED).orElseThrow()));
        part.runAttached(run);
    }

    @AfterEach
    void close() {
        run.close();
    }

    @Test
    void memoryTabShowsTheCellAndTheHorizonAtInitialisation(FxRobot robot) {
        Label statement = robot.lookup("#" + MemoryPart.CELL_STATEMENT_ID).queryAs(Label.class);
        assertTrue(FxAwait.fx(statement::getText).contains("LSTM"), statement.getText());
        Label reach = robot.lookup("#" + MemoryPart.REACH_ID).queryAs(Label.class);
        FxAwait.until(TIMEOUT_S, () -> reach.getText().contains("at initialisation"));
        assertTrue(reach.getText().startsWith("At lag 6"), reach.getText());
    }

    @Test
    void insideTheCellShowsEveryGateForTheChosenWindow(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(1));
        Label summary = robot.lookup("#" + CellInteriorPane.SUMMARY_ID).queryAs(Label.class);
        FxAwait.until(TIMEOUT_S, () -> summary.getText().startsWith("LSTM"));
        assertTrue(summary.getText().contains("4 units (rows) over 7 steps"), summary.getText());
        assertTrue(summary.getText().contains("window 1 of 64"), summary.getText());
        robot.interact(() -> robot.lookup("#" + CellInteriorPane.SLIDER_ID).queryAs(javafx.scene.control.Slider.class)
                .setValue(9));
        FxAwait.until(TIMEOUT_S, () -> summary.getText().contains("window 10 of 64"));
        assertTrue(robot.lookup(".cell-map").queryAll().size() == 7, "the input and six maps");
    }
}
