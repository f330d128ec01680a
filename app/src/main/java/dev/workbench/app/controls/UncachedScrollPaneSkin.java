package dev.workbench.app.controls;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin, with its viewport no longer cached as a bitmap. JavaFX caches the
 * viewport so that scrolling only moves a picture; but any change inside (a label ticking, a
 * chart redrawn 20 times a second while a model trains) then paints the whole visible content
 * again into that picture and copies it to the screen. With software rendering (no GPU, or a
 * remote desktop) that took about a third of a core during training, on the core the training
 * thread shares with the window. Uncached, only the changed regions are painted. Every scroll
 * pane gets this skin through {@code controls.css}.
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {
    public static final String VIEWPORT_CLASS = "viewport";

    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains(VIEWPORT_CLASS)) {
                child.setCache(false);
            }
        }
    }
}
