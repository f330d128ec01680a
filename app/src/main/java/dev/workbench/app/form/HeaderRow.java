package dev.workbench.app.form;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * A heading on the left and small notes on the right of one line; when the line is too narrow
 * for both (large text in a narrow column), the notes go under the heading rather than being
 * cut off at the right edge.
 */
public final class HeaderRow extends Pane {
    private final Node lead;
    private final HBox trail;

    public HeaderRow(Node lead, Node... trailing) {
        this.lead = lead;
        this.trail = new HBox(trailing);
        trail.getStyleClass().add("header-row-notes");
        trail.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        getStyleClass().add("header-row");
        getChildren().addAll(lead, trail);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + Math.max(lead.minWidth(-1), trail.minWidth(-1)) + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + lead.prefWidth(-1) + gap() + trail.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? -1 : width - in.getLeft() - in.getRight();
        double leadHeight = lead.prefHeight(inner < 0 || fitsOnOneLine(inner) ? -1 : inner);
        double trailHeight = trail.prefHeight(-1);
        double content = inner < 0 || fitsOnOneLine(inner) ? Math.max(leadHeight, trailHeight) : leadHeight + trailHeight;
        return in.getTop() + content + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        double trailWidth = Math.min(trail.prefWidth(-1), width);
        if (fitsOnOneLine(width)) {
            double leadWidth = width - trailWidth - gap();
            layoutInArea(lead, x, y, leadWidth, height, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(trail, x + width - trailWidth, y, trailWidth, height, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double leadHeight = lead.prefHeight(width);
            layoutInArea(lead, x, y, width, leadHeight, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(trail, x, y + leadHeight, trailWidth, trail.prefHeight(-1), 0, HPos.LEFT, VPos.TOP);
        }
    }

    private boolean fitsOnOneLine(double width) {
        return lead.prefWidth(-1) + gap() + trail.prefWidth(-1) <= width;
    }

    /** The gap between the heading and the notes, as between the notes (styled in em). */
    private double gap() {
        return trail.getSpacing();
    }
}
