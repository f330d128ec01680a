package dev.workbench.app.lesson;

import dev.workbench.app.FxWait;
import dev.workbench.app.charts.CanvasChart;
import dev.workbench.app.charts.ChartPicture;
import dev.workbench.app.controls.GlyphButton;
import dev.workbench.app.shell.Theme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generic page's widgets with the toy lesson: banners, charts and their pictures, themes. */
@ExtendWith(ApplicationExtension.class)
class PageWidgetsUiTest {
    private static final long TIMEOUT_S = 30;
    private static final String LONG_MESSAGE = "Training diverged at iteration 3: the loss became NaN. The learning rate "
            + "is so large that each update overshoots the minimum and the weights grow without bound. Adam adapts "
            + "its steps per weight, yet a rate this large still throws them off: try a learning rate about 10 times "
            + "smaller, for example 0.001, and press Train again. THE-END-OF-THE-ADVICE";

    private LessonPage page;
    private Scene scene;

    @Start
    void start(Stage stage) {
        page = new LessonPage(new ToyLesson(), BackgroundWorker.singleThread("test-loader"), Platform::runLater);
        scene = new Scene(page, 900, 700);
        scene.getStylesheets().addAll(Theme.areaSheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        // The stage is shared with other test classes: the size of this scene, for this test only.
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(page.runner()::close);
        robot.interact(() -> Theme.LIGHT.apply(scene));
    }

    @Test
    void aLongBannerShowsItsWholeTextAndDoesNotMoveThePage(FxRobot robot) {
        double tabsY = settledTabsTop();
        robot.interact(() -> page.showError(LONG_MESSAGE));
        robot.interact(() -> page.showInfo("Saved."));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        MessageBanner banner = fx(() -> (MessageBanner) robot.lookup("." + MessageBanner.Kind.ERROR.styleClass()).query());
        await(() -> banner.getHeight() > 0);
        Text shown = fx(() -> (Text) banner.lookup("." + MessageBanner.TEXT_CLASS + " .text"));
        assertNotNull(shown);
        String drawn = fx(() -> String.join("", allTexts(banner.lookup("." + MessageBanner.TEXT_CLASS))));
        assertTrue(drawn.replaceAll("\\s+", " ").contains("THE-END-OF-THE-ADVICE"), "the advice is drawn: " + drawn);
        assertFalse(drawn.contains("…") || drawn.contains("..."), "not cut short: " + drawn);
        assertEquals(tabsY, fx(() -> tabsTopInScene()), 0.5, "the tabs stay where they were");

        Button close = fx(() -> (Button) banner.lookup("." + MessageBanner.CLOSE_CLASS));
        assertTrue(fx(() -> close.getGraphic() instanceof Shape), "a drawn cross, not a font glyph");
        assertEquals("Close this message", fx(close::getAccessibleText));
        robot.interact(close::fire);
        assertEquals(null, fx(() -> page.banners().message(MessageBanner.Kind.ERROR)));
    }

    @Test
    void theCrossButtonIsDrawnAndDescribed() {
        Button button = fx(() -> GlyphButton.cross("Remove lane 2"));
        assertTrue(fx(() -> button.getGraphic() instanceof Shape));
        assertTrue(fx(() -> button.getText() == null || button.getText().isEmpty()));
        assertEquals("Remove lane 2", fx(button::getAccessibleText));
        assertEquals("Remove lane 2", fx(() -> button.getTooltip().getText()));
    }

    @Test
    void oneStepShowsItsPointAsADot(FxRobot robot) {
        robot.clickOn("#" + RunControls.STEP_ID);
        await(() -> page.runner().phase() == RunPhase.PAUSED && page.lossChart().receivedIterations() == 1);
        robot.interact(() -> page.lossChart().redraw());
        assertTrue(fx(() -> page.lossChart().lonePoints()) >= 1, "the single point is drawn");
        javafx.scene.control.ProgressBar bar = fx(() -> (javafx.scene.control.ProgressBar) page.lookup("#" + ProgressPanel.BAR_ID));
        assertEquals(1 / 100.0, fx(bar::getProgress), 1e-9, "the run bar shows the iterations done");
        assertTrue(fx(() -> bar.isVisible() && bar.getHeight() > 2), "and is drawn");
        robot.clickOn("#" + RunControls.STEP_ID);
        await(() -> page.lossChart().receivedIterations() == 2);
        robot.interact(() -> page.lossChart().redraw());
        assertEquals(0, fx(() -> page.lossChart().lonePoints()), "two points make a line");
    }

    @Test
    void aChartPictureIsLightSlideSizedAndWithoutButtons(FxRobot robot) {
        robot.interact(() -> Theme.DARK.apply(scene));
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> page.runner().phase() == RunPhase.FINISHED);
        List<Boolean> shownDuringPicture = new ArrayList<>();
        javafx.scene.layout.Region toggle = fx(() -> page.lossChart().headerControls().get(0));
        robot.interact(() -> toggle.visibleProperty().addListener((obs, was, now) -> shownDuringPicture.add(now)));
        WritableImage image = fx(() -> ChartPicture.take(page.chartsNode()));
        assertEquals(ChartPicture.WIDTH, image.getWidth(), 1);
        assertEquals(ChartPicture.HEIGHT, image.getHeight(), 1);
        Color corner = image.getPixelReader().getColor(2, 2);
        assertTrue(corner.getBrightness() > 0.9, "light corner: " + corner);
        Color middle = image.getPixelReader().getColor((int) image.getWidth() / 4, (int) image.getHeight() / 2);
        assertTrue(middle.getBrightness() > 0.8, "light plot: " + middle);
        assertEquals(List.of(false, true), shownDuringPicture, "the Log scale button is hidden for the picture only");
        assertTrue(fx(toggle::isVisible));
        assertTrue(fx(() -> page.chartsNode().getScene() == scene), "the charts are back on the page");
    }

    @Test
    void theRawLossIsClearlyVisibleInHighContrastAndDark(FxRobot robot) {
        robot.interact(() -> Theme.HIGH_CONTRAST.apply(scene));
        robot.interact(() -> page.applyCss());
        assertTrue(fx(() -> page.lossChart().faintOpacity()) >= 0.75, "high contrast");
        robot.interact(() -> Theme.DARK.apply(scene));
        robot.interact(() -> page.applyCss());
        assertTrue(fx(() -> page.lossChart().faintOpacity()) >= 0.5, "dark");
        robot.interact(() -> Theme.LIGHT.apply(scene));
        robot.interact(() -> page.applyCss());
        assertEquals(0.35, fx(() -> page.lossChart().faintOpacity()), 0.01);
        Label legend = fx(() -> (Label) page.lossChart().lookup("." + CanvasChart.LEGEND_ITEM_CLASS));
        assertNotNull(legend);
    }

    @Test
    void theFormNamesOptimizersAsTheCompareLanesDo() {
        var optimizer = (dev.workbench.lessons.engine.HyperParameter.ChoiceParameter)
                dev.workbench.lessons.optim.TrainingOptimizer.parameters("adam", 0.001, 1.0).get(0);
        var editor = fx(() -> new dev.workbench.app.form.ChoiceEditor(optimizer));
        for (var kind : dev.workbench.lessons.optim.OptimizerKind.values()) {
            assertEquals(kind.label(), fx(() -> editor.shown(kind.cliName())), kind.cliName());
        }
        assertEquals("adam", fx(() -> editor.textProperty().get()), "the value stays the command-line name");
    }

    /** Where the tabs are once the page's layout has stopped changing (it settles over a few pulses). */
    private double settledTabsTop() {
        double before = Double.NaN;
        for (int i = 0; i < 50; i++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            org.testfx.util.WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            double now = fx(this::tabsTopInScene);
            if (now == before) {
                return now;
            }
            before = now;
        }
        return before;
    }

    private double tabsTopInScene() {
        javafx.scene.Node tabs = page.lookup("#" + LessonPage.TABS_ID);
        return tabs.localToScene(tabs.getBoundsInLocal()).getMinY();
    }

    private static List<String> allTexts(javafx.scene.Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Text text) {
            texts.add(text.getText());
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(allTexts(child)));
        }
        return texts;
    }

    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
