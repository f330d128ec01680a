package dev.workbench.app.shell;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The keyboard shortcuts as a two-column table of keys and what they do. Laid out by a grid,
 * not by spaces in a font that may not be monospaced, and at the window's text size, so the
 * columns line up and nothing wraps or is cut off, also at 200%.
 */
final class ShortcutsDialog {
    static final String STYLE_CLASS = "shortcuts-dialog";
    static final String KEY_CLASS = "shortcut-key";
    static final String ACTION_CLASS = "shortcut-action";

    /** A key (or keys) and what it does. */
    record Shortcut(String keys, String action) {
    }

    static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Space", "pause / resume training"),
            new Shortcut("→", "train one step"),
            new Shortcut("R", "reset the model"),
            new Shortcut("Esc", "leave a text field"),
            new Shortcut("Ctrl +  /  Ctrl −", "larger / smaller text"),
            new Shortcut("Ctrl 0", "normal text size"),
            new Shortcut("F11", "full screen"),
            new Shortcut("F5", "presentation mode (charts only)"),
            new Shortcut("Ctrl L", "show / hide the lesson catalog"),
            new Shortcut("Ctrl O  /  Ctrl S", "load / save a checkpoint"),
            new Shortcut("Ctrl Q", "quit (asks while training would be lost)"));
    static final String NOTE = "Space, → and R work whenever the cursor is not in a text field; "
            + "Esc, or a click beside the field, leaves it.";

    private ShortcutsDialog() {
    }

    /** The dialog, styled and sized like {@code owner}'s window content. */
    static Alert create(Scene owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Instructor mode");
        alert.setDialogPane(pane(owner));
        alert.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.CLOSE);
        alert.setResizable(true);
        if (owner != null && owner.getWindow() != null) {
            alert.initOwner(owner.getWindow());
        }
        return alert;
    }

    /** The content: the grid and the note, with the owner's style sheets and text size. */
    static DialogPane pane(Scene owner) {
        DialogPane pane = new DialogPane();
        pane.getStyleClass().add(STYLE_CLASS);
        pane.setHeaderText("Instructor mode");
        pane.setContent(content());
        if (owner != null) {
            pane.getStylesheets().setAll(owner.getStylesheets());
            // The zoom is a font size on the window's root: the dialog takes the same.
            pane.setStyle(owner.getRoot().getStyle());
        }
        pane.setMinWidth(Region.USE_PREF_SIZE);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return pane;
    }

    static VBox content() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-grid");
        int row = 0;
        for (Shortcut shortcut : SHORTCUTS) {
            grid.addRow(row++, cell(shortcut.keys(), KEY_CLASS), cell(shortcut.action(), ACTION_CLASS));
        }
        Label note = new Label(NOTE);
        note.setWrapText(true);
        note.getStyleClass().add("shortcuts-note");
        // The note wraps within the grid's width instead of widening the dialog.
        note.maxWidthProperty().bind(grid.widthProperty());
        note.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(grid, note);
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setWrapText(false);
        return label;
    }
}
