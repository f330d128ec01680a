package dev.workbench.app.sequences;

import dev.workbench.app.AppLessons;
import dev.workbench.app.FxWait;
import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.RunControls;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.sequences.RecursiveForecast;
import dev.workbench.lessons.sequences.SequencesLesson;
import dev.workbench.lessons.sequences.TrainingFeed.FedWindow;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Arrays;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sequences tabs on a real page: a live recursive forecast that follows the slider, a preview that follows the form. */
@ExtendWith(ApplicationExtension.class)
class SequencesPartsUiTest {
    private static final long TIMEOUT_S = 90;

    private LessonPage page;
    private ForecastPart forecast;
    private AugmentationPart augmentation;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        page = new LessonPage(new SequencesLesson(), BackgroundWorker.singleThread("test-loader"), Platform::runLater,
                new AppLessons());
        forecast = page.part(ForecastPart.class).orElseThrow();
        augmentation = page.part(AugmentationPart.class).orElseThrow();
        Scene scene = new Scene(page, 1200, 800);
        scene.getStylesheets().addAll(Theme.areaSheets());
        scene.getStylesheets().addAll(forecast.stylesheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        tabs = (TabPane) page.lookup("#" + LessonPage.TABS_ID);
    }

    private void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(page.runner()::close);
    }

    @Test
    void trainingShowsARecursiveForecastThatFollowsTheSlider(FxRobot robot) {
        robot.interact(() -> select(ForecastPart.TAB_ID));
        robot.clickOn("#" + RunControls.TRAIN_ID);
        await(() -> forecast.forecastsProperty().get() > 0);
        RecursiveForecast first = fx(forecast::shownForecast);
        assertEquals(48, first.steps(), "two days of hours for Seattle");
        assertTrue(Double.isFinite(first.model()[47]));
        assertFalse(fx(() -> forecast.zoomPlot().lines().isEmpty()));
        int target = (int) Math.round(fx(() -> forecast.originSlider().getMax())) - 3;
        robot.interact(() -> forecast.originSlider().setValue(target));
        await(() -> forecast.shownForecast().originRow() == target);
        robot.clickOn("#" + RunControls.STOP_ID);
        await(() -> page.runner().phase().isOver());
        assertTrue(fx(() -> robot.lookup("#" + ForecastPart.SUMMARY_ID).queryLabeled().getText()).contains("°F"));
    }

    @Test
    void augmentationPreviewFollowsTheAugmentationSetting(FxRobot robot) {
        robot.interact(() -> select(AugmentationPart.TAB_ID));
        await(() -> augmentation.previewsProperty().get() > 0);
        FedWindow plain = fx(() -> augmentation.shown().fed().get(0));
        double[] original = fx(() -> augmentation.shown().original());
        assertTrue(Arrays.equals(original, plain.values()) || close(original, plain.values()), "none feeds the window as it is");

        int before = fx(() -> augmentation.previewsProperty().get());
        robot.interact(() -> page.form().setText(SequencesLesson.AUGMENTATION, "scaling:0.3@1"));
        await(() -> augmentation.previewsProperty().get() > before);
        double[] scaled = fx(() -> augmentation.shown().fed().get(0).values());
        assertFalse(close(original, scaled), "scaling changes the fed window");

        robot.interact(() -> page.form().setText(SequencesLesson.AUGMENTATION, "wobble:1@1"));
        await(() -> augmentation.message().getText().contains("problem"));
    }

    private static boolean close(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-3) {
                return false;
            }
        }
        return true;
    }

    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
