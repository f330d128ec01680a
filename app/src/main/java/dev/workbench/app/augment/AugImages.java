package dev.workbench.app.augment;

import dev.workbench.lessons.augment.AugImage;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Turns {@link AugImage}s into JavaFX images and views. */
public final class AugImages {
    private AugImages() {
    }

    public static WritableImage toImage(AugImage image) {
        WritableImage out = new WritableImage(image.width(), image.height());
        out.getPixelWriter().setPixels(0, 0, image.width(), image.height(), PixelFormat.getIntArgbInstance(),
                image.toArgb(), 0, image.width());
        return out;
    }

    /**
     * A view that fits the image in a {@code size × size} box. Tiny images (28×28 Fashion-MNIST) are
     * scaled up with sharp pixels, photos smoothly.
     */
    public static ImageView view(AugImage image, double size) {
        ImageView view = new ImageView(toImage(image));
        view.setPreserveRatio(true);
        view.setSmooth(image.width() > size / 2);
        if (image.width() >= image.height()) {
            view.setFitWidth(size);
        } else {
            view.setFitHeight(size);
        }
        return view;
    }
}
