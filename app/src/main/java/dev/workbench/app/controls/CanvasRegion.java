package dev.workbench.app.controls;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A region whose content is one canvas filling its padded area, redrawn whenever that area
 * changes size; its preferred and minimum sizes are in em of the font it draws with, so it grows
 * with the text zoom.
 */
public abstract class CanvasRegion extends Region {
    private final Canvas canvas = new Canvas();
    private final double prefWidthEm;
    private final double prefHeightEm;
    private final double minWidthEm;
    private final double minHeightEm;

    protected CanvasRegion(double prefWidthEm, double prefHeightEm, double minWidthEm, double minHeightEm) {
        this.prefWidthEm = prefWidthEm;
        this.prefHeightEm = prefHeightEm;
        this.minWidthEm = minWidthEm;
        this.minHeightEm = minHeightEm;
        getChildren().add(canvas);
    }

    protected final Canvas canvas() {
        return canvas;
    }

    /** The size of the drawing font in pixels: the unit of the region's sizes. */
    protected abstract double em();

    /** Draws the current content at the canvas's current size. */
    protected abstract void redraw();

    /** Preferred height in em; a region whose content decides its height overrides this. */
    protected double prefHeightEm() {
        return prefHeightEm;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = Math.max(0, Math.floor(getWidth() - x - snappedRightInset()));
        double h = Math.max(0, Math.floor(getHeight() - y - snappedBottomInset()));
        canvas.relocate(x, y);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + prefWidthEm * em();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + prefHeightEm() * em();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + minWidthEm * em();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + minHeightEm * em();
    }
}
