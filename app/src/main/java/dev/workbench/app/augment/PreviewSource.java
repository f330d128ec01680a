package dev.workbench.app.augment;

import dev.workbench.lessons.augment.AugImage;

import java.util.Objects;

/**
 * An image the preview augments, with a caption saying where it came from.
 *
 * @param caption e.g. {@code chelsea.png} or {@code Fashion-MNIST test image 12 (Sneaker)}
 * @param image   the pixels
 */
public record PreviewSource(String caption, AugImage image) {
    public PreviewSource {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(image, "image");
    }

    /** A one-line description: caption, size and colour, e.g. {@code chelsea.png · 256×170 · colour}. */
    public String describe() {
        return caption + " · " + image.width() + "×" + image.height() + " · " + (image.isRgb() ? "colour" : "grayscale");
    }
}
