package dev.workbench.app.autoencoder;

import dev.workbench.app.charts.AxisTicks;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.autoencoder.LatentPlane;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * The test images on the latent plane, one dot per image coloured by class, with equal units on
 * both axes. Pressing or dragging anywhere asks for the image decoded at that point (a cross marks
 * it); in pick mode, or with Shift held, a press picks the nearest image as one end of an
 * interpolation (A, then B, then A again...). Hovering over a dot shows that test image.
 */
final class LatentMapView extends PlotCanvas {
    /** Share of the points' extent left free around them, so one can click beyond the outermost images. */
    private static final double PAD = 0.08;
    /** A pick or a hover reaches a dot this many em away at most. */
    private static final double REACH_EM = 1.2;
    private static final double THUMB_SCALE = 3;

    private LatentPlane plane;
    private List<float[]> images = List.of();
    private final Map<Integer, WritableImage> thumbnails = new HashMap<>();
    private double[] decoded;
    private int pickA = -1;
    private int pickB = -1;
    private int hover = -1;
    private boolean pickMode;
    /** False for table rows: there is no picture to decode, so pressing does nothing. */
    private boolean decoding = true;
    private BiConsumer<Double, Double> onDecode = (x, y) -> { };
    private IntConsumer onPick = i -> { };

    // The frame of the last paint: data rectangle and where it lies on the canvas.
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;
    private double left;
    private double top;
    private double width;
    private double height;

    LatentMapView() {
        super("latent-map");
        setCursor(Cursor.CROSSHAIR);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!picking(e)) {
                decodeAt(e.getX(), e.getY());
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setHover(near(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(-1));
    }

    void setOnDecode(BiConsumer<Double, Double> handler) {
        onDecode = handler;
    }

    void setOnPick(IntConsumer handler) {
        onPick = handler;
    }

    void setDecoding(boolean decode) {
        decoding = decode;
        setCursor(decode ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        if (!decode) {
            decoded = null;
        }
        redraw();
    }

    void setPickMode(boolean pick) {
        pickMode = pick;
    }

    void show(LatentPlane newPlane) {
        plane = newPlane;
        redraw();
    }

    /** The test images behind the dots, for the hover picture (the same order as the plane's points). */
    void setImages(List<float[]> newImages) {
        images = List.copyOf(newImages);
        thumbnails.clear();
        redraw();
    }

    void clear() {
        plane = null;
        images = List.of();
        thumbnails.clear();
        decoded = null;
        pickA = -1;
        pickB = -1;
        hover = -1;
        redraw();
    }

    LatentPlane plane() {
        return plane;
    }

    /** The plane point last decoded, or null. */
    double[] decodedPoint() {
        return decoded == null ? null : decoded.clone();
    }

    void markDecoded(double x, double y) {
        decoded = new double[]{x, y};
        redraw();
    }

    void markPicks(int a, int b) {
        pickA = a;
        pickB = b;
        redraw();
    }

    /** Where plane point (x, y) is drawn, in this node's coordinates (tests click there). */
    Point2D toLocal(double x, double y) {
        return new Point2D(snappedLeftInset() + toX(x), snappedTopInset() + toY(y));
    }

    private boolean picking(MouseEvent e) {
        return pickMode || e.isShiftDown();
    }

    private void press(MouseEvent e) {
        if (plane == null || width <= 0 || !decoding) {
            return;
        }
        if (picking(e)) {
            int index = near(e.getX(), e.getY());
            if (index >= 0) {
                onPick.accept(index);
            }
        } else {
            decodeAt(e.getX(), e.getY());
        }
    }

    private void decodeAt(double sx, double sy) {
        if (plane == null || width <= 0 || !decoding) {
            return;
        }
        double cx = sx - snappedLeftInset();
        double cy = sy - snappedTopInset();
        double x = xMin + (Math.max(left, Math.min(left + width, cx)) - left) / width * (xMax - xMin);
        double y = yMin + (top + height - Math.max(top, Math.min(top + height, cy))) / height * (yMax - yMin);
        markDecoded(x, y);
        onDecode.accept(x, y);
    }

    /** The dot nearest to a mouse position within reach, or -1. */
    private int near(double sx, double sy) {
        if (plane == null || width <= 0) {
            return -1;
        }
        double cx = sx - snappedLeftInset();
        double cy = sy - snappedTopInset();
        double[] xs = plane.x();
        double[] ys = plane.y();
        double reach = REACH_EM * em();
        int best = -1;
        double bestDistance = reach * reach;
        for (int i = 0; i < xs.length; i++) {
            double dx = toX(xs[i]) - cx;
            double dy = toY(ys[i]) - cy;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private void setHover(int index) {
        if (index != hover) {
            hover = index;
            redraw();
        }
    }

    private double toX(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    private double toY(double y) {
        return top + height - (y - yMin) / (yMax - yMin) * height;
    }

    private void fit(double areaLeft, double areaTop, double areaWidth, double areaHeight) {
        double[] xs = plane.x();
        double[] ys = plane.y();
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                x0 = Math.min(x0, xs[i]);
                x1 = Math.max(x1, xs[i]);
                y0 = Math.min(y0, ys[i]);
                y1 = Math.max(y1, ys[i]);
            }
        }
        if (!(x0 <= x1)) {
            x0 = -1;
            x1 = 1;
            y0 = -1;
            y1 = 1;
        }
        double pad = PAD * Math.max(Math.max(x1 - x0, y1 - y0), 1e-6);
        xMin = x0 - pad;
        xMax = x1 + pad;
        yMin = y0 - pad;
        yMax = y1 + pad;
        double unit = Math.max((xMax - xMin) / areaWidth, (yMax - yMin) / areaHeight);
        width = (xMax - xMin) / unit;
        height = (yMax - yMin) / unit;
        left = areaLeft + (areaWidth - width) / 2;
        top = areaTop + (areaHeight - height) / 2;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (plane == null) {
            width = 0;
            centred(g, "The map appears when a model is ready", w, h);
            return;
        }
        double em = em();
        double pad = 0.5 * em;
        double tickWidth = textWidth("-00.0");
        fit(tickWidth + 2 * pad, pad, w - tickWidth - 3 * pad, h - 2 * em - 2 * pad);
        if (width < 2 * em || height < 2 * em) {
            return;
        }
        drawAxes(g, pad);
        double[] xs = plane.x();
        double[] ys = plane.y();
        int[] labels = plane.labels();
        double r = Math.max(2.5, 0.28 * em);
        g.setGlobalAlpha(0.85);
        for (int i = 0; i < xs.length; i++) {
            g.setFill(ClassColours.of(labels[i]));
            g.fillOval(toX(xs[i]) - r, toY(ys[i]) - r, 2 * r, 2 * r);
        }
        g.setGlobalAlpha(1);
        drawPicks(g, r);
        drawDecoded(g, em);
        drawHover(g, w, h, r);
    }

    private void drawAxes(GraphicsContext g, double pad) {
        double em = em();
        g.setLineWidth(1);
        g.setStroke(axisPaint());
        g.strokeRect(left, top, width, height);
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : AxisTicks.linear(xMin, xMax, Math.max(2, (int) (width / (5 * em))), false).ticks()) {
            double x = toX(t);
            g.strokeLine(x, top + height, x, top + height + pad / 2);
            g.fillText(ChartFormat.compact(t), x, top + height + pad / 2);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : AxisTicks.linear(yMin, yMax, Math.max(2, (int) (height / (3 * em))), false).ticks()) {
            double y = toY(t);
            g.strokeLine(left - pad / 2, y, left, y);
            g.fillText(ChartFormat.compact(t), left - pad, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawPicks(GraphicsContext g, double r) {
        double[] xs = plane.x();
        double[] ys = plane.y();
        Color accent = accentColour();
        if (valid(pickA) && valid(pickB)) {
            g.setStroke(accent);
            g.setLineWidth(2);
            g.setLineDashes(6, 4);
            g.strokeLine(toX(xs[pickA]), toY(ys[pickA]), toX(xs[pickB]), toY(ys[pickB]));
            g.setLineDashes((double[]) null);
        }
        int[] picks = {pickA, pickB};
        String[] names = {"A", "B"};
        for (int k = 0; k < 2; k++) {
            if (!valid(picks[k])) {
                continue;
            }
            double x = toX(xs[picks[k]]);
            double y = toY(ys[picks[k]]);
            double ring = 2.6 * r;
            g.setLineWidth(2.5);
            g.setStroke(accent);
            g.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
            g.setFill(accent);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(names[k], x + ring, y - ring / 2);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawDecoded(GraphicsContext g, double em) {
        if (decoded == null) {
            return;
        }
        double x = toX(decoded[0]);
        double y = toY(decoded[1]);
        double arm = 0.9 * em;
        g.setLineWidth(3.5);
        g.setStroke(Color.WHITE);
        g.strokeLine(x - arm, y, x + arm, y);
        g.strokeLine(x, y - arm, x, y + arm);
        g.setLineWidth(1.8);
        g.setStroke(Color.BLACK);
        g.strokeLine(x - arm, y, x + arm, y);
        g.strokeLine(x, y - arm, x, y + arm);
    }

    private void drawHover(GraphicsContext g, double w, double h, double r) {
        if (!valid(hover)) {
            return;
        }
        double x = toX(plane.x()[hover]);
        double y = toY(plane.y()[hover]);
        g.setStroke(textPaint());
        g.setLineWidth(1.5);
        g.strokeOval(x - 1.8 * r, y - 1.8 * r, 3.6 * r, 3.6 * r);
        // Table rows have no picture: the box then names the row's class only.
        WritableImage picture = hover < images.size()
                ? thumbnails.computeIfAbsent(hover, i -> Pictures.grey(images.get(i))) : null;
        double size = picture == null ? 0 : picture.getWidth() * THUMB_SCALE;
        String caption = className(plane.labels()[hover]) + " #" + hover;
        double boxW = Math.max(size, textWidth(caption)) + 0.6 * em();
        double boxH = size + 1.8 * em();
        double bx = x + 1.2 * em() + boxW > w ? x - 1.2 * em() - boxW : x + 1.2 * em();
        double by = Math.max(0, Math.min(h - boxH, y - boxH / 2));
        g.setFill(Color.gray(0.12, 0.92));
        g.fillRoundRect(bx, by, boxW, boxH, 8, 8);
        g.setImageSmoothing(false);
        if (picture != null) {
            g.drawImage(picture, bx + (boxW - size) / 2, by + 0.3 * em(), size, size);
        }
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(caption, bx + boxW / 2, by + size + 0.45 * em());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private String className(int label) {
        List<String> names = plane.classNames();
        return label >= 0 && label < names.size() ? names.get(label) : "class " + label;
    }

    private boolean valid(int index) {
        return plane != null && index >= 0 && index < plane.size();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + 28 * em();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 32 * em();
    }
}
