package dev.workbench.app.sequences;

import dev.workbench.app.controls.ThemedPlot;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * A sequences plot themed by {@code memory.css}: text, axis and two line colours.
 */
abstract class SequencePlot extends ThemedPlot {
    static final String PLOT_CLASS = "memory-plot";
    static final String TEXT_CLASS = "memory-plot-text";
    static final String AXIS_CLASS = "memory-plot-axis";
    static final String FIRST_CLASS = "memory-plot-first";
    static final String SECOND_CLASS = "memory-plot-second";

    SequencePlot(double prefWidthEm, double prefHeightEm, double minWidthEm, double minHeightEm) {
        super(prefWidthEm, prefHeightEm, minWidthEm, minHeightEm, TEXT_CLASS, AXIS_CLASS, List.of(FIRST_CLASS, SECOND_CLASS));
        getStyleClass().add(PLOT_CLASS);
    }

    protected final Color firstColour() {
        return colour(0, Color.GRAY);
    }

    protected final Color secondColour() {
        return colour(1, Color.DODGERBLUE);
    }
}
