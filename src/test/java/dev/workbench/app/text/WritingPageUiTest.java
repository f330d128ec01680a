package dev.workbench.app.text;

import dev.workbench.app.AppLessons;
import dev.workbench.app.FxWait;
import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.RunControls;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.text.TextLesson;
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

import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Writing tab on the prepared (untrained) model: a sample on show, a refused prime, Sample now. */
@ExtendWith(ApplicationExtension.class)
class WritingPageUiTest {
    private static final long TIMEOUT_S = 90;

    private LessonPage page;
    private WritingPage writing;

    @Start
    void start(Stage stage) {
        page = new LessonPage(new TextLesson(), BackgroundWorker.singleThread("test-loader"), Platform::runLater,
                new AppLessons());
        writing = page.part(WritingPage.class).orElseThrow();
        Scene scene = new Scene(page, 1200, 800);
        scene.getStylesheets().addAll(Theme.areaSheets());
        scene.getStylesheets().addAll(writing.stylesheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        TabPane tabs = (TabPane) page.lookup("#" + LessonPage.TABS_ID);
        tabs.getTabs().stream().filter(t -> WritingPage.TAB_ID.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(page.runner()::close);
    }

    @Test
    void theModelWritesFromThePrimeRefusesUnknownCharactersAndSamplesAnew(FxRobot robot) {
        robot.clickOn("#" + RunControls.RESET_ID);
        await(() -> writing.samplesProperty().get() > 0);
        String first = fx(() -> writing.view().shownText());
        assertTrue(first.startsWith(TextLesson.DEFAULT_PRIME) && first.length() == TextLesson.DEFAULT_PRIME.length()
                + WritingPage.SAMPLE_LENGTH, first);

        robot.interact(() -> {
            writing.view().prime().setText("Señor");
            writing.view().prime().fireEvent(new javafx.event.ActionEvent());
        });
        await(() -> !writing.view().message().isEmpty());
        String message = fx(() -> writing.view().message());
        assertTrue(message.contains("'ñ' (U+00F1)"), message);
        assertEquals(first, fx(() -> writing.view().shownText()), "a refused prime keeps the last sample");

        int before = fx(() -> writing.samplesProperty().get());
        robot.interact(() -> writing.view().prime().setText("Mr. Darcy"));
        robot.clickOn("#" + WritingView.SAMPLE_ID);
        await(() -> writing.samplesProperty().get() > before && writing.view().message().isEmpty());
        String again = fx(() -> writing.view().shownText());
        assertTrue(again.startsWith("Mr. Darcy"), again);
        assertNotEquals(first.substring(TextLesson.DEFAULT_PRIME.length()), again.substring("Mr. Darcy".length()));

        int beforeSlider = fx(() -> writing.samplesProperty().get());
        robot.interact(() -> writing.view().temperature().setValue(1.2));
        await(() -> writing.samplesProperty().get() > beforeSlider);
        assertEquals("1.2", fx(() -> page.form().textProperty(TextLesson.TEMPERATURE).get()),
                "the slider is the form's Temperature setting");
        robot.interact(() -> page.form().setText(TextLesson.TEMPERATURE, "0.3"));
        assertEquals(0.3, fx(() -> writing.view().temperature().getValue()), 1e-9);
    }

    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
