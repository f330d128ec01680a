package dev.workbench.app.notes;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.function.Consumer;

/**
 * A "try this" link of the notes: a {@link Hyperlink}, so the keyboard reaches it too, whose
 * tooltip says what it will do and which hands its {@link NoteAction} to the page when pressed.
 */
final class ActionLink {
    private ActionLink() {
    }

    static Hyperlink of(String label, NoteAction action, Consumer<NoteAction> onAction) {
        Hyperlink link = new Hyperlink(label);
        link.getStyleClass().add(MarkdownView.ACTION_CLASS);
        link.setTooltip(new Tooltip(describe(action)));
        link.setOnAction(e -> onAction.accept(action));
        return link;
    }

    static String describe(NoteAction action) {
        if (action instanceof NoteAction.SetValues set) {
            List<String> pairs = set.values().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList();
            return "Puts " + String.join(", ", pairs) + " into the settings";
        }
        if (action instanceof NoteAction.StartComparison start) {
            return "Opens Compare and starts '" + start.comparisonId() + "'";
        }
        return "This link is broken: " + ((NoteAction.Malformed) action).problem();
    }
}
