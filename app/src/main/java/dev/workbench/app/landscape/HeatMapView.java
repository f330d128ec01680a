package dev.workbench.app.landscape;

import dev.workbench.lessons.landscape.Vec2;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

import java.util.List;

/**
 * The surface as a heat map with contour lines and the known minima marked. Drawn only when the
 * surface or the map's size changes; the racing paths are drawn on a layer above it.
 */
public final class HeatMapView extends Canvas {
    public static final String ID = "landscape-heat-map";
    /** Contours on the dark low part of the scale are light, on the pale high part dark. */
    private static final double DARK_BELOW = 0.55;
    private static final Color LIGHT_CONTOUR = Color.rgb(255, 255, 255, 0.28);
    private static final Color DARK_CONTOUR = Color.rgb(10, 26, 51, 0.3);
    private static final double MINIMUM_RADIUS = 7;

    private HeatMapPicture picture;
    private WritableImage image;
    private List<Vec2> minima = List.of();
    private MapTransform transform;

    public HeatMapView() {
        setId(ID);
    }

    /** The rendered surface and its minima; drawn at once at the current size. */
    public void show(HeatMapPicture newPicture, List<Vec2> newMinima) {
        this.picture = newPicture;
        this.minima = List.copyOf(newMinima);
        image = new WritableImage(newPicture.cols(), newPicture.rows());
        image.getPixelWriter().setPixels(0, 0, newPicture.cols(), newPicture.rows(),
                PixelFormat.getIntArgbInstance(), newPicture.argb(), 0, newPicture.cols());
        redraw();
    }

    /** The picture on screen, or null before the first one arrives. */
    public HeatMapPicture picture() {
        return picture;
    }

    void resizeTo(MapTransform newTransform) {
        this.transform = newTransform;
        setWidth(newTransform.width());
        setHeight(newTransform.height());
        redraw();
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (picture == null || transform == null || transform.isEmpty()) {
            return;
        }
        g.setImageSmoothing(true);
        g.drawImage(image, 0, 0, getWidth(), getHeight());
        drawContours(g);
        for (Vec2 minimum : minima) {
            drawMinimum(g, transform.toPixelX(minimum.x()), transform.toPixelY(minimum.y()));
        }
    }

    private void drawContours(GraphicsContext g) {
        double sx = getWidth() / picture.cols();
        double sy = getHeight() / picture.rows();
        g.setLineWidth(1);
        g.setLineCap(StrokeLineCap.ROUND);
        float[][] levels = picture.contours();
        for (int level = 0; level < levels.length; level++) {
            float[] segments = levels[level];
            g.setStroke(picture.levelPosition(level) < DARK_BELOW ? LIGHT_CONTOUR : DARK_CONTOUR);
            g.beginPath();
            for (int i = 0; i + 3 < segments.length; i += 4) {
                g.moveTo((segments[i] + 0.5) * sx, (segments[i + 1] + 0.5) * sy);
                g.lineTo((segments[i + 2] + 0.5) * sx, (segments[i + 3] + 0.5) * sy);
            }
            g.stroke();
        }
    }

    private static void drawMinimum(GraphicsContext g, double x, double y) {
        double r = MINIMUM_RADIUS;
        g.setLineCap(StrokeLineCap.ROUND);
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? LaneColours.OUTLINE : Color.WHITE);
            g.setLineWidth(pass == 0 ? 4.5 : 2);
            g.strokeLine(x - r, y - r, x + r, y + r);
            g.strokeLine(x - r, y + r, x + r, y - r);
        }
    }
}
