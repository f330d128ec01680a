package dev.workbench.app.lesson;

import dev.workbench.app.FxWait;
import dev.workbench.app.compare.CompareTab;
import dev.workbench.app.compare.RacePhase;
import dev.workbench.app.notes.MarkdownView;
import dev.workbench.app.shell.Theme;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notes' "try this" links change the settings form or start a comparison; a broken one only says so. */
@ExtendWith(ApplicationExtension.class)
class NoteActionsUiTest {
    private static final long TIMEOUT_S = 30;

    private LessonPage page;

    @Start
    void start(Stage stage) {
        page = new LessonPage(new ToyLesson(), BackgroundWorker.singleThread("test-loader"), Platform::runLater);
        Scene scene = new Scene(page, 1200, 800);
        scene.getStylesheets().addAll(Theme.areaSheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void openNotes(FxRobot robot) {
        robot.clickOn("#notes-tab");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            page.compare().runner().stop();
            page.runner().close();
        });
    }

    @Test
    void clickingASetLinkFillsTheSettingsForm(FxRobot robot) {
        assertEquals("0.1", fx(() -> page.form().textProperty("learning-rate").get()));
        robot.clickOn(link("Try a slower rate"));
        assertEquals("0.01", fx(() -> page.form().textProperty("learning-rate").get()));
        assertEquals("3", fx(() -> page.form().textProperty("epochs").get()));
        String message = fx(() -> page.banners().message(MessageBanner.Kind.SUCCESS));
        assertTrue(message.contains("Learning rate = 0.01"), message);
    }

    @Test
    void aLinkToASettingTheLessonLacksShowsAMessage(FxRobot robot) {
        robot.clickOn(link("try momentum"));
        String message = fx(() -> page.banners().message(MessageBanner.Kind.ERROR));
        assertTrue(message.contains("'momentum'"), message);
        assertEquals("0.1", fx(() -> page.form().textProperty("learning-rate").get()));
    }

    @Test
    void aCompareLinkOpensCompareAndStartsThatRace(FxRobot robot) {
        robot.clickOn(link("race two rates"));
        TabPane tabs = fx(() -> (TabPane) page.lookup("#" + LessonPage.TABS_ID));
        assertEquals(CompareTab.TAB_ID, fx(() -> tabs.getSelectionModel().getSelectedItem().getId()));
        assertEquals(ToyLesson.RATES_ID, fx(() -> page.compare().chooser().selectedProperty().get().orElseThrow().id()));
        FxWait.await(TIMEOUT_S, () -> page.compare().runner().phase() != RacePhase.IDLE);
    }

    private Node link(String text) {
        return fx(() -> page.lookupAll("." + MarkdownView.ACTION_CLASS).stream()
                .filter(node -> text.equals(((Hyperlink) node).getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no link '" + text + "'")));
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
