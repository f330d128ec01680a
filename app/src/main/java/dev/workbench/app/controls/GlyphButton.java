package dev.workbench.app.controls;

import atlantafx.base.theme.Styles;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.SVGPath;

/**
 * Small flat buttons whose symbol is drawn, not typed: a glyph such as "✕" is missing from the
 * fonts JavaFX falls back to on some systems and shows as an empty square. Each button has a
 * tooltip and an accessible text, since it has no visible words.
 */
public final class GlyphButton {
    public static final String STYLE_CLASS = "glyph-button";
    public static final String GLYPH_CLASS = "glyph";
    /** A cross, drawn as two strokes in a 10 x 10 box. */
    static final String CROSS = "M 1 1 L 9 9 M 9 1 L 1 9";

    private GlyphButton() {
    }

    /** A button showing a cross, e.g. to close a message or remove a lane; {@code what} says what it does. */
    public static Button cross(String what) {
        SVGPath glyph = new SVGPath();
        glyph.setContent(CROSS);
        glyph.getStyleClass().add(GLYPH_CLASS);
        Button button = new Button();
        button.setGraphic(glyph);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, STYLE_CLASS);
        button.setAccessibleRole(AccessibleRole.BUTTON);
        describe(button, what);
        return button;
    }

    /** Sets the tooltip and the accessible text (e.g. when the lane a button removes changes number). */
    public static void describe(Button button, String what) {
        button.setAccessibleText(what);
        if (button.getTooltip() == null) {
            button.setTooltip(new Tooltip(what));
        } else {
            button.getTooltip().setText(what);
        }
    }
}
