package dev.workbench.app.cnn;

import dev.workbench.lessons.insight.ImageSample;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Turns plain {@link ImageSample}s into JavaFX images: photos in grey, weights in blue-white-red. */
public final class ImageRendering {
    private ImageRendering() {
    }

    /** Grey levels; photos use their [0, 1] range, anything else is stretched to its own min..max. */
    public static WritableImage grayscale(ImageSample sample, boolean stretch) {
        float min = stretch ? sample.min() : 0f;
        float max = stretch ? sample.max() : 1f;
        float span = max - min == 0 ? 1 : max - min;
        WritableImage image = new WritableImage(sample.width(), sample.height());
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < sample.height(); y++) {
            for (int x = 0; x < sample.width(); x++) {
                double v = clamp((sample.pixel(x, y) - min) / span);
                writer.setColor(x, y, Color.gray(v));
            }
        }
        return image;
    }

    /** Negative weights blue, zero white, positive red, symmetric around zero. */
    public static WritableImage diverging(ImageSample sample) {
        float limit = Math.max(Math.abs(sample.min()), Math.abs(sample.max()));
        if (limit == 0) {
            limit = 1;
        }
        WritableImage image = new WritableImage(sample.width(), sample.height());
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < sample.height(); y++) {
            for (int x = 0; x < sample.width(); x++) {
                double v = Math.max(-1, Math.min(1, sample.pixel(x, y) / limit));
                Color color = v >= 0
                        ? Color.color(1, 1 - 0.8 * v, 1 - 0.85 * v)
                        : Color.color(1 + 0.85 * v, 1 + 0.6 * v, 1);
                writer.setColor(x, y, color);
            }
        }
        return image;
    }

    /** A pixel-sharp view of an image at {@code size} pixels wide. */
    public static ImageView view(WritableImage image, double size) {
        ImageView view = new ImageView(image);
        view.setSmooth(false);
        view.setPreserveRatio(true);
        view.setFitWidth(size);
        return view;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
