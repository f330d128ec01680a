package dev.workbench.app.probes;

import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.charts.HeatColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Colour pictures of values ({@link HeatColours}, the landscape's scale, so heat maps look alike
 * across the app) and the colour legend that explains them.
 */
final class HeatColourBar {
    private static final int STEPS = 64;
    private static final int THICKNESS = 4;
    private static final WritableImage VERTICAL = gradient(true);
    private static final WritableImage HORIZONTAL = gradient(false);

    private HeatColourBar() {
    }

    /** ARGB colours of {@code values} on {@code scale}; NaN is transparent. */
    static int[] argb(double[] values, ValueScale scale) {
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double f = scale.fraction(values[i]);
            argb[i] = Double.isNaN(f) ? 0 : HeatColours.argb(f);
        }
        return argb;
    }

    static WritableImage image(int width, int height, int[] argb) {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }

    /** A vertical legend in {@code x, top .. bottom} (high values on top), tick labels on its right. */
    static void drawVertical(GraphicsContext g, ValueScale scale, double x, double top, double bottom, double barWidth,
                             Paint text, Paint outline, double gap) {
        g.setImageSmoothing(true);
        g.drawImage(VERTICAL, x, top, barWidth, bottom - top);
        g.setStroke(outline);
        g.setLineWidth(1);
        g.strokeRect(x, top, barWidth, bottom - top);
        g.setFill(text);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        List<Double> ticks = scale.ticks(Math.max(2, (int) ((bottom - top) / (gap * 5))));
        for (double t : ticks) {
            double y = bottom - scale.fraction(t) * (bottom - top);
            g.strokeLine(x + barWidth, y, x + barWidth + gap / 2, y);
            g.fillText(ChartFormat.compact(t), x + barWidth + gap, y);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /** A horizontal legend from {@code left} to {@code right} with its low and high values at the ends. */
    static void drawHorizontal(GraphicsContext g, ValueScale scale, double left, double right, double y, double height,
                               Paint text, Paint outline, double gap) {
        g.setImageSmoothing(true);
        g.drawImage(HORIZONTAL, left, y, right - left, height);
        g.setStroke(outline);
        g.setLineWidth(1);
        g.strokeRect(left, y, right - left, height);
        g.setFill(text);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(ChartFormat.compact(scale.min()), left - gap / 2, y + height / 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(ChartFormat.compact(scale.max()), right + gap / 2, y + height / 2);
        g.setTextBaseline(VPos.BASELINE);
    }

    /**
     * The scale as a picture {@link #THICKNESS} pixels across: one pixel across was drawn with
     * garbage beside it by the software pipeline when scaled up.
     */
    private static WritableImage gradient(boolean vertical) {
        int[] argb = new int[STEPS * THICKNESS];
        for (int i = 0; i < STEPS; i++) {
            int colour = HeatColours.argb(vertical ? 1 - (double) i / (STEPS - 1) : (double) i / (STEPS - 1));
            for (int k = 0; k < THICKNESS; k++) {
                argb[vertical ? i * THICKNESS + k : k * STEPS + i] = colour;
            }
        }
        return vertical ? image(THICKNESS, STEPS, argb) : image(STEPS, THICKNESS, argb);
    }
}
