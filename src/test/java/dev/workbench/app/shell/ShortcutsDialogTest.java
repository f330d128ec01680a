package dev.workbench.app.shell;

import dev.workbench.app.FxWait;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shortcuts dialog at 200% text: keys and actions in two columns, none wrapped or cut. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsDialogTest {
    private DialogPane pane;

    @Start
    void start(Stage stage) {
        StackPane owner = new StackPane();
        owner.setStyle("-fx-font-size: 26px;");
        Scene ownerScene = new Scene(owner, 400, 300);
        ownerScene.getStylesheets().addAll(Theme.areaSheets());
        pane = ShortcutsDialog.pane(ownerScene);
        Scene scene = new Scene(pane);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void everyShortcutShowsInFullOnOneLineAt200Percent(FxRobot robot) {
        List<Label> cells = FxWait.fx(10, () -> robot.lookup("." + ShortcutsDialog.KEY_CLASS).queryAllAs(Label.class).stream()
                .map(Label.class::cast).toList());
        List<Label> actions = FxWait.fx(10, () -> robot.lookup("." + ShortcutsDialog.ACTION_CLASS).queryAllAs(Label.class)
                .stream().map(Label.class::cast).toList());
        assertEquals(ShortcutsDialog.SHORTCUTS.size(), cells.size());
        assertEquals(ShortcutsDialog.SHORTCUTS.size(), actions.size());
        for (Label label : concat(cells, actions)) {
            double shown = FxWait.fx(10, label::getWidth);
            double needed = FxWait.fx(10, () -> label.prefWidth(-1));
            assertTrue(shown >= needed - 0.5, "'" + label.getText() + "' is " + shown + " px of " + needed);
            assertTrue(FxWait.fx(10, () -> label.getFont().getSize()) > 20, "the window's text size");
        }
        // Keys line up in one column, actions in the next.
        double actionsX = FxWait.fx(10, () -> actions.get(0).getBoundsInParent().getMinX());
        for (Label action : actions) {
            assertEquals(actionsX, FxWait.fx(10, () -> action.getBoundsInParent().getMinX()), 0.5, action.getText());
        }
    }

    private static List<Label> concat(List<Label> a, List<Label> b) {
        java.util.ArrayList<Label> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
