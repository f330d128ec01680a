package dev.workbench.app.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A message across the top of a page (an error, or news like "checkpoint saved"), closable. The
 * text wraps and is never cut short: a divergence message ends with the advice that teaches.
 */
public final class MessageBanner extends HBox {
    public static final String STYLE_CLASS = "message-banner";
    public static final String TEXT_CLASS = "banner-text";
    public static final String ICON_CLASS = "banner-icon";
    public static final String CLOSE_CLASS = "banner-close";

    /** What the banner is about; each has its style class. */
    public enum Kind {
        ERROR("banner-error", "!"),
        INFO("banner-info", "i"),
        SUCCESS("banner-success", "✓");

        private final String styleClass;
        private final String icon;

        Kind(String styleClass, String icon) {
            this.styleClass = styleClass;
            this.icon = icon;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    private final Kind kind;
    private final Label text = new Label();

    public MessageBanner(Kind kind, String message) {
        this.kind = kind;
        getStyleClass().addAll(STYLE_CLASS, kind.styleClass());
        setAlignment(Pos.CENTER_LEFT);
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label icon = new Label(kind.icon);
        icon.getStyleClass().add(ICON_CLASS);
        icon.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.getStyleClass().add(TEXT_CLASS);
        text.setWrapText(true);
        text.setText(message);
        text.setMaxWidth(Double.MAX_VALUE);
        // Squeezed, a wrapping label would end in "..." rather than grow: it keeps every line.
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = dev.workbench.app.controls.GlyphButton.cross("Close this message");
        close.getStyleClass().add(CLOSE_CLASS);
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        close.setFocusTraversable(false);
        close.setOnAction(e -> dismiss());
        getChildren().addAll(icon, text, close);
    }

    public Kind kind() {
        return kind;
    }

    public String message() {
        return text.getText();
    }

    public void dismiss() {
        if (getParent() instanceof javafx.scene.layout.Pane pane) {
            pane.getChildren().remove(this);
        }
    }
}
