package dev.workbench.app.lesson;

import javafx.scene.layout.VBox;

/** Where a page's banners stack up; one banner per kind, newest replaces older. */
public final class BannerArea extends VBox {
    public static final String STYLE_CLASS = "banner-area";

    public BannerArea() {
        getStyleClass().add(STYLE_CLASS);
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(getChildren()));
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
