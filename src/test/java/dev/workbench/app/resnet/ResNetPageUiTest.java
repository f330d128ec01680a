package dev.workbench.app.resnet;

import dev.workbench.app.FxAwait;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.resnet.ResNetLesson;
import dev.workbench.lessons.resnet.ResNetSession;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ResNet tabs on a real (small) residual network: the diagram shows, a click selects, a slice is drawn. */
@ExtendWith(ApplicationExtension.class)
class ResNetPageUiTest {
    private static final long TIMEOUT_S = 90;
    private final ResNetLesson lesson = new ResNetLesson();
    private ResNetPage page;
    private TrainingRun run;

    @BeforeAll
    static void natives() {
        NativeSetup.configure();
    }

    @Start
    void start(Stage stage) throws Exception {
        page = new ResNetPage(new PartContext(lesson, Platform::runLater, message -> { }, null));
        TabPane tabs = new TabPane();
        tabs.getTabs().addAll(page.tabs());
        Scene scene = new Scene(tabs, 1200, 800);
        scene.getStylesheets().addAll(Theme.areaSheets());
        scene.getStylesheets().addAll(page.stylesheets());
        Theme.DARK.apply(scene);
        stage.setScene(scene);
        stage.show();
        ResNetSession session = lesson.prepare(lesson.validate(Map.of("depth", "6", "variant", "residual"),
                Settings.DEFAULT_SEED).orElseThrow());
        run = new TrainingRun(session);
        page.runAttached(run);
    }

    @AfterEach
    void close() {
        run.close();
    }

    @Test
    void diagramShowsTheGraphAndClickingABoxSelectsItsLayer(FxRobot robot) {
        FxAwait.until(TIMEOUT_S, () -> page.architecture().diagram().box("dense3") != null);
        assertEquals(6L, (long) FxAwait.fx(() -> page.architecture().diagram().getChildren().stream()
                .filter(n -> n.getStyleClass().contains(DiagramPane.SKIP_CLASS)).count()), "one arc per skip");
        robot.interact(() -> page.update(run, RunUpdate.of(List.of(
                sample(1, new double[]{1, 2, 3, 4, 5, 6, 7, 8}), sample(2, new double[]{2, 3, 4, 5, 6, 7, 8, 9})))));
        robot.clickOn("#resnet-box-dense3");
        assertEquals("dense3", FxAwait.fx(() -> page.architecture().selectedProperty().get()));
        assertTrue(FxAwait.fx(() -> page.architecture().diagram().box("dense3")
                .getPseudoClassStates().contains(DiagramPane.SELECTED)));
        assertNotNull(FxAwait.fx(() -> page.architecture().chart()), "a weight layer's history is charted");
        assertEquals(2L, (long) FxAwait.fx(() -> page.architecture().chart().received()));
    }

    @Test
    void computingASliceDrawsItOnTheResidualSide(FxRobot robot) {
        robot.interact(() -> ((TabPane) page.landscape().getScene().getRoot()).getSelectionModel().select(1));
        robot.clickOn("#" + LandscapeView.COMPUTE_ID);
        FxAwait.until(TIMEOUT_S, () -> page.landscape().map(true).grid() != null);
        assertEquals(25 * 25, FxAwait.fx(() -> page.landscape().map(true).grid().values().length));
        assertTrue(FxAwait.fx(() -> page.landscape().map(false).grid() == null), "the plain side waits for a plain run");
    }

    private RunEvent.ProbeSample sample(long iteration, double[] norms) {
        List<String> layers = List.of("stem", "dense1", "dense2", "dense3", "dense4", "dense5", "dense6", "output");
        return new RunEvent.ProbeSample(ResNetLesson.GRADIENT_HISTORY, 1, iteration,
                new ProbeRecord.HeatRow(layers, norms, true));
    }
}
