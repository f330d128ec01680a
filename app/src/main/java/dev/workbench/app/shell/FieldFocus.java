package dev.workbench.app.shell;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Gives the focus back to the page when a student is done with a text field, so that the run
 * keys (Space, →, R), which a text field keeps for typing, work again: Escape leaves the field,
 * and a click on anything that does not take the focus itself (empty page, a chart, a label)
 * takes it away from the field.
 */
final class FieldFocus {
    private final Parent page;

    /** @param page what holds the focus when no field does (the window's content) */
    FieldFocus(Parent page) {
        this.page = page;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && scene.getFocusOwner() instanceof TextInputControl) {
                page.requestFocus();
                event.consume();
            }
        });
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (!(scene.getFocusOwner() instanceof TextInputControl field)
                    || event.getTarget() instanceof Node target && isInside(target, field)) {
                return;
            }
            // A button or another field takes the focus as it handles the press; after it, a field
            // that still has the focus was clicked away from.
            Platform.runLater(() -> {
                if (scene.getFocusOwner() == field) {
                    page.requestFocus();
                }
            });
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
