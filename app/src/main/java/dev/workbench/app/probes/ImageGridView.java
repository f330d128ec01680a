package dev.workbench.app.probes;

import dev.workbench.lessons.engine.ProbeRecord.Images;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Grey images (values in [0, 1]) in a grid, each with its caption, scaled as large as the area
 * allows and pixel-sharp. Images get a thin frame so black ones still show on a dark theme.
 */
public final class ImageGridView extends ProbeCanvas {
    private Images images;
    private final List<WritableImage> pictures = new ArrayList<>();

    @Override
    public void update(List<ProbeSample> samples) {
        for (int i = samples.size() - 1; i >= 0; i--) {
            if (samples.get(i).record() instanceof Images latest) {
                images = latest;
                pictures.clear();
                for (float[] pixels : latest.pixels()) {
                    pictures.add(HeatColourBar.image(latest.width(), latest.height(), grey(pixels)));
                }
                redraw();
                return;
            }
        }
    }

    @Override
    public void clear() {
        images = null;
        pictures.clear();
        redraw();
    }

    @Override
    public boolean isEmpty() {
        return pictures.isEmpty();
    }

    /** The record on screen, or null. */
    public Images images() {
        return images;
    }

    /** Opaque grey ARGB of values in [0, 1] (clamped; NaN black). */
    static int[] grey(float[] pixels) {
        int[] argb = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            float v = pixels[i];
            int level = Float.isNaN(v) ? 0 : Math.round(255 * Math.max(0f, Math.min(1f, v)));
            argb[i] = 0xFF000000 | level << 16 | level << 8 | level;
        }
        return argb;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double em = em();
        // Many small images (a decoded grid) read as one picture: almost no gap between them.
        double gap = pictures.size() > 32 ? 0.1 * em : 0.6 * em;
        boolean captions = images.captions().stream().anyMatch(c -> !c.isBlank());
        double caption = captions ? lineHeight() + 0.2 * em : 0;
        double aspect = (double) images.height() / Math.max(1, images.width());
        GridFit fit = GridFit.images(pictures.size(), images.columns(), aspect, w - 2, h - 2, gap, caption);
        if (fit.cell() < 4) {
            return;
        }
        double cellHeight = fit.cell() * aspect;
        double gridWidth = fit.columns() * fit.cell() + (fit.columns() - 1) * gap;
        double x0 = Math.floor((w - gridWidth) / 2);
        g.setImageSmoothing(false);
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < pictures.size(); i++) {
            int column = i % fit.columns();
            int row = i / fit.columns();
            double x = x0 + column * (fit.cell() + gap);
            double y = 1 + row * (cellHeight + caption + gap);
            g.drawImage(pictures.get(i), x, y, fit.cell(), cellHeight);
            g.setStroke(axisPaint());
            g.strokeRect(Math.floor(x) - 0.5, Math.floor(y) - 0.5, Math.ceil(fit.cell()) + 1, Math.ceil(cellHeight) + 1);
            if (captions) {
                g.setFill(textPaint());
                g.fillText(images.captions().get(i), x + fit.cell() / 2, y + cellHeight + 0.2 * em, fit.cell() + gap);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
