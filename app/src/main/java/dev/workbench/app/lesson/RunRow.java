package dev.workbench.app.lesson;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * The run bar's row: the buttons and the figures side by side when both fit on one line, else the
 * figures under the buttons, each flow wrapping at the row's width. It lays its two flows out
 * itself because a FlowPane asks its children for their height without a width: a wrapped flow
 * inside one answered for the width it had before, so after a resize (or with the settings column
 * open at 200%) the row was a line too short and the figures' last line lay over the progress bar.
 * A FlowPane only for its CSS gaps ({@code -fx-hgap}, {@code -fx-vgap}).
 */
final class RunRow extends FlowPane {
    static final String STYLE_CLASS = "run-row";

    private final FlowPane first;
    private final FlowPane second;

    RunRow(FlowPane first, FlowPane second) {
        super(first, second);
        this.first = first;
        this.second = second;
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + oneLine(first) + getHgap() + oneLine(second) + insets.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double inner = width < 0 ? oneLine(first) + getHgap() + oneLine(second)
                : width - insets.getLeft() - insets.getRight();
        return insets.getTop() + contentHeight(inner) + insets.getBottom();
    }

    /** Never squeezed: a shorter row would put its last line over what comes below. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double x = insets.getLeft();
        double y = insets.getTop();
        double inner = getWidth() - insets.getLeft() - insets.getRight();
        if (sideBySide(inner)) {
            double height = contentHeight(inner);
            double firstWidth = oneLine(first);
            double secondWidth = Math.max(oneLine(second), inner - firstWidth - getHgap());
            place(first, x, y, firstWidth, height);
            place(second, x + firstWidth + getHgap(), y, secondWidth, height);
        } else {
            double firstHeight = snapSizeY(first.prefHeight(inner));
            first.resizeRelocate(x, y, inner, firstHeight);
            second.resizeRelocate(x, snapPositionY(y + firstHeight + getVgap()), inner,
                    snapSizeY(second.prefHeight(inner)));
        }
    }

    private boolean sideBySide(double inner) {
        return oneLine(first) + getHgap() + oneLine(second) <= inner;
    }

    private double contentHeight(double inner) {
        if (sideBySide(inner)) {
            return snapSizeY(Math.max(first.prefHeight(oneLine(first)), second.prefHeight(oneLine(second))));
        }
        return snapSizeY(first.prefHeight(inner)) + getVgap() + snapSizeY(second.prefHeight(inner));
    }

    /** A flow on one line, centred in the row's height. */
    private void place(FlowPane flow, double x, double y, double width, double rowHeight) {
        double height = snapSizeY(flow.prefHeight(width));
        flow.resizeRelocate(snapPositionX(x), snapPositionY(y + (rowHeight - height) / 2), width, height);
    }

    /** The width of the flow with all its (laid out) children on one line, rounded up. */
    private static double oneLine(FlowPane flow) {
        double width = 0;
        int count = 0;
        for (Node child : flow.getChildren()) {
            if (child.isManaged()) {
                width += flow.snapSizeX(child.prefWidth(-1));
                count++;
            }
        }
        Insets insets = flow.getInsets();
        return Math.ceil(insets.getLeft() + width + Math.max(0, count - 1) * flow.getHgap() + insets.getRight());
    }
}
