package dev.workbench.app.probes;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A titled frame around one probe widget. */
final class ProbeCard extends VBox {
    static final String STYLE_CLASS = "probe-card";
    static final String TITLE_CLASS = "probe-title";

    private final ProbeWidget widget;

    ProbeCard(String title, ProbeWidget widget) {
        this.widget = widget;
        getStyleClass().add(STYLE_CLASS);
        Label label = new Label(title);
        label.getStyleClass().add(TITLE_CLASS);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        VBox.setVgrow(widget.node(), Priority.ALWAYS);
        getChildren().addAll(label, widget.node());
    }

    ProbeWidget widget() {
        return widget;
    }
}
