package dev.workbench.app.sequences;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** A legend that wraps: one label per line of a plot, with a swatch in its role's colour (dashed roles get a short bar). */
final class PlotLegend extends FlowPane {
    static final String STYLE_CLASS = "seq-legend";
    static final String SWATCH_CLASS = "seq-swatch";
    static final String DASHED_CLASS = "seq-swatch-dashed";

    PlotLegend() {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
    }

    PlotLegend add(PlotRole role, String text, boolean dashed) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll(SWATCH_CLASS, role.styleClass());
        if (dashed) {
            swatch.getStyleClass().add(DASHED_CLASS);
        }
        Label label = new Label(text, swatch);
        label.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(label);
        return this;
    }

    void clearEntries() {
        getChildren().clear();
    }
}
