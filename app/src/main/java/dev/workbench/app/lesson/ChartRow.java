package dev.workbench.app.lesson;

import dev.workbench.app.charts.CanvasChart;
import javafx.scene.layout.Pane;

import java.util.List;

/**
 * One row of the Training tab's charts: one chart across the row, or two side by side. Of two,
 * the first takes {@code firstShare} of the row as far as the second chart's header allows, and
 * never less than its own header needs. The widths follow the row's width at layout time only;
 * its preferred width is the charts' own, so that a wide row never keeps a page from narrowing.
 */
final class ChartRow extends Pane {
    static final String STYLE_CLASS = "chart-grid-row";

    private final List<CanvasChart> charts;
    private final double firstShare;

    ChartRow(List<CanvasChart> charts, double firstShare) {
        super(charts.toArray(CanvasChart[]::new));
        this.charts = List.copyOf(charts);
        this.firstShare = firstShare;
        getStyleClass().add(STYLE_CLASS);
    }

    /** Whether two charts side by side keep their headers whole at this inner width. */
    static boolean fitsSideBySide(CanvasChart first, CanvasChart second, double width) {
        return first.wholeHeaderWidth() + second.wholeHeaderWidth() <= width;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double height = getHeight() - y - snappedBottomInset();
        double[] widths = widths(getWidth() - x - snappedRightInset());
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).resizeRelocate(snapPositionX(x), y, snapSizeX(widths[i]), height);
            x += widths[i];
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + charts.stream().mapToDouble(chart -> chart.prefWidth(-1)).sum() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double[] widths = widths(inner(width));
        double tallest = 0;
        for (int i = 0; i < charts.size(); i++) {
            tallest = Math.max(tallest, charts.get(i).prefHeight(widths[i]));
        }
        return snappedTopInset() + tallest + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        double[] widths = widths(inner(width));
        double tallest = 0;
        for (int i = 0; i < charts.size(); i++) {
            tallest = Math.max(tallest, charts.get(i).minHeight(widths[i]));
        }
        return snappedTopInset() + tallest + snappedBottomInset();
    }

    private double inner(double width) {
        return (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
    }

    private double[] widths(double width) {
        if (charts.size() == 1) {
            return new double[] {width};
        }
        CanvasChart first = charts.get(0);
        CanvasChart second = charts.get(1);
        double firstWidth = Math.max(first.wholeHeaderWidth(), Math.min(width * firstShare, width - second.wholeHeaderWidth()));
        return new double[] {firstWidth, width - firstWidth};
    }
}
