package dev.workbench.app.autoencoder;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Square grey images from rows of pixels in [0, 1] (28 x 28 Fashion-MNIST), drawn pixel-sharp. */
final class Pictures {
    private Pictures() {
    }

    /** A {@code side x side} grey image; values outside [0, 1] are clipped. */
    static WritableImage grey(float[] pixels) {
        int side = (int) Math.round(Math.sqrt(pixels.length));
        if (side * side != pixels.length) {
            throw new IllegalArgumentException("not a square image: " + pixels.length + " pixels");
        }
        WritableImage image = new WritableImage(side, side);
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                writer.setColor(x, y, Color.gray(Math.max(0, Math.min(1, pixels[y * side + x]))));
            }
        }
        return image;
    }

    /** An image view that scales without smoothing to {@code size} pixels wide. */
    static ImageView view(double size) {
        ImageView view = new ImageView();
        view.setSmooth(false);
        view.setPreserveRatio(true);
        view.setFitWidth(size);
        view.setFitHeight(size);
        return view;
    }
}
