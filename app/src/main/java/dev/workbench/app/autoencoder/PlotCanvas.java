package dev.workbench.app.autoencoder;

import dev.workbench.app.controls.ThemedPlot;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * An autoencoder plot themed by {@code autoencoder.css}: text, axis, and the normal, anomaly and
 * accent colours.
 */
abstract class PlotCanvas extends ThemedPlot {
    static final String TEXT_CLASS = "ae-plot-text";
    static final String AXIS_CLASS = "ae-plot-axis";
    static final String NORMAL_CLASS = "ae-plot-normal";
    static final String ANOMALY_CLASS = "ae-plot-anomaly";
    static final String ACCENT_CLASS = "ae-plot-accent";

    PlotCanvas(String styleClass) {
        super(26, 20, 12, 10, TEXT_CLASS, AXIS_CLASS, List.of(NORMAL_CLASS, ANOMALY_CLASS, ACCENT_CLASS));
        getStyleClass().addAll("ae-plot", styleClass);
    }

    protected final Color normalColour() {
        return colour(0, Color.web("#2563eb"));
    }

    protected final Color anomalyColour() {
        return colour(1, Color.web("#ea580c"));
    }

    protected final Color accentColour() {
        return colour(2, Color.web("#dc2626"));
    }
}
