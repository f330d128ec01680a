package dev.workbench.app.probes;

import dev.workbench.app.FxAwait;
import dev.workbench.app.files.ImageExport;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.engine.ProbeRecord;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static dev.workbench.app.probes.ProbeSamples.ACTIVATIONS;
import static dev.workbench.app.probes.ProbeSamples.BOUNDARY;
import static dev.workbench.app.probes.ProbeSamples.DATA;
import static dev.workbench.app.probes.ProbeSamples.GRADIENTS;
import static dev.workbench.app.probes.ProbeSamples.SPECS;
import static dev.workbench.app.probes.ProbeSamples.TEXT;
import static dev.workbench.app.probes.ProbeSamples.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class ProbePanelTest {
    private static final Path SHOTS = Path.of("target", "probe-shots");

    private ProbePanel panel;
    private StackPane root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        panel = new ProbePanel(SPECS);
        root = new StackPane(panel);
        Scene scene = new Scene(root, 1200, 780);
        scene.getStylesheets().addAll(Theme.areaSheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void buildsOneWidgetPerProbeWithGridAndPointsSharingAPlane() {
        List<ProbeWidget> widgets = FxAwait.fx(panel::widgets);
        assertEquals(SPECS.size() - 1, widgets.size(), "the grid and the points share one card");
        ProbeWidget plane = FxAwait.fx(() -> panel.widget(BOUNDARY).orElseThrow());
        assertInstanceOf(PlaneView.class, plane);
        assertSame(plane, FxAwait.fx(() -> panel.widget(DATA).orElseThrow()));
        assertInstanceOf(BarsView.class, FxAwait.fx(() -> panel.widget(GRADIENTS).orElseThrow()));
        assertTrue(widgets.stream().allMatch(ProbeWidget::isEmpty));
    }

    @Test
    void routesTheLatestSampleToItsWidgetAndIgnoresUnknownProbes(FxRobot robot) {
        ProbeRecord.Bars latest = ProbeSamples.gradients(2);
        robot.interact(() -> panel.accept(List.of(
                sample(GRADIENTS, 1, ProbeSamples.gradients(1)),
                sample("no-such-probe", 1, ProbeSamples.gradients(5)),
                sample(GRADIENTS, 2, latest))));
        BarsView bars = (BarsView) FxAwait.fx(() -> panel.widget(GRADIENTS).orElseThrow());
        assertSame(latest, FxAwait.fx(bars::bars));
        long filled = FxAwait.fx(() -> panel.widgets().stream().filter(w -> !w.isEmpty()).count());
        assertEquals(1, filled, "only the bars received a sample");
    }

    @Test
    void heatRowsAppendAcrossFramesUpToTheCap(FxRobot robot) {
        for (int frame = 0; frame < 5; frame++) {
            int first = frame * 50 + 1;
            robot.interact(() -> panel.accept(java.util.stream.IntStream.range(first, first + 50)
                    .mapToObj(i -> sample(ACTIVATIONS, i, ProbeSamples.activations(i))).toList()));
        }
        HeatRowView heat = (HeatRowView) FxAwait.fx(() -> panel.widget(ACTIVATIONS).orElseThrow());
        assertEquals(HeatRowView.DEFAULT_CAPACITY, FxAwait.fx(heat::columns));
        assertEquals(51L, FxAwait.fx(heat::firstIteration));
    }

    @Test
    void clearEmptiesEveryWidget(FxRobot robot) {
        robot.interact(() -> panel.accept(ProbeSamples.fullFrame(30)));
        assertTrue(FxAwait.fx(() -> panel.widgets().stream().noneMatch(ProbeWidget::isEmpty)));
        TextView text = (TextView) FxAwait.fx(() -> panel.widget(TEXT).orElseThrow());
        assertTrue(FxAwait.fx(text::texts).get(0).startsWith("It is a truth"), "newest text on top");
        robot.interact(panel::clear);
        assertTrue(FxAwait.fx(() -> panel.widgets().stream().allMatch(ProbeWidget::isEmpty)));
    }

    /** Reflows with the width and the font size; leaves pictures in target/probe-shots to look at. */
    @Test
    void reflowsToOneColumnWhenNarrowOrLargeAndDrawsInEveryTheme(FxRobot robot) throws Exception {
        robot.interact(() -> panel.accept(ProbeSamples.fullFrame(120)));
        FxAwait.until(10, () -> panel.columns() > 1);
        BarsView gradients = (BarsView) FxAwait.fx(() -> panel.widget(GRADIENTS).orElseThrow());
        robot.moveTo(gradients, javafx.geometry.Pos.BOTTOM_CENTER, new javafx.geometry.Point2D(0, -30),
                org.testfx.robot.Motion.DIRECT);
        FxAwait.until(10, () -> gradients.hoverText().startsWith("output: "));
        for (Theme theme : Theme.values()) {
            robot.interact(() -> theme.apply(stage.getScene()));
            shoot(robot, theme.name().toLowerCase() + "-wide.png");
        }
        robot.interact(() -> {
            root.setStyle("-fx-font-size: 30px;");
            stage.setWidth(620);
        });
        FxAwait.until(10, () -> panel.columns() == 1);
        shoot(robot, "high_contrast-narrow-200.png");
        robot.interact(() -> {
            // The stage is shared with the test classes that run next: leave it as it was.
            Theme.LIGHT.apply(stage.getScene());
            root.setStyle("");
            stage.setWidth(1200);
        });
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        robot.interact(() -> root.layout());
        BufferedImage image = FxAwait.fx(() -> ImageExport.capture(root));
        ImageExport.writePng(image, SHOTS.resolve(name));
    }
}
