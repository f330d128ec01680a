package dev.workbench.app.lesson;

import javafx.scene.layout.VBox;

/**
 * Where a page's banners stack up; one banner per kind, newest replaces older. Meant to lie over
 * the top of the content it reports on ({@link #overlay}): a banner that appears must not push
 * buttons away from under the pointer.
 */
public final class BannerArea extends VBox {
    public static final String STYLE_CLASS = "banner-area";

    public BannerArea() {
        getStyleClass().add(STYLE_CLASS);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(getChildren()));
        // As tall as its banners, and clicks beside them reach the content underneath.
        setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setPickOnBounds(false);
    }

    /** {@code content} with this area lying over its top edge. */
    public javafx.scene.layout.StackPane overlay(javafx.scene.Node content) {
        javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(content, this);
        javafx.scene.layout.StackPane.setAlignment(this, javafx.geometry.Pos.TOP_CENTER);
        stack.getStyleClass().add("banner-overlay");
        return stack;
    }

    public MessageBanner show(MessageBanner.Kind kind, String message) {
        clear(kind);
        MessageBanner banner = new MessageBanner(kind, message);
        getChildren().add(0, banner);
        return banner;
    }

    public void clear(MessageBanner.Kind kind) {
        getChildren().removeIf(node -> node instanceof MessageBanner banner && banner.kind() == kind);
    }

    /** The text of the banner of this kind, or null. */
    public String message(MessageBanner.Kind kind) {
        return getChildren().stream()
                .filter(node -> node instanceof MessageBanner banner && banner.kind() == kind)
                .map(node -> ((MessageBanner) node).message())
                .findFirst().orElse(null);
    }
}
