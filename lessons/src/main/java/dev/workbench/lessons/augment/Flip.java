package dev.workbench.lessons.augment;

import java.util.Random;

/** Mirrors an image left-right or top-bottom; exact, no resampling. */
final class Flip implements ImageTransform {
    private final boolean horizontal;

    private Flip(boolean horizontal) {
        this.horizontal = horizontal;
    }

    static Flip horizontally() {
        return new Flip(true);
    }

    static Flip vertically() {
        return new Flip(false);
    }

    @Override
    public AugImage apply(AugImage image, double strength, Random random) {
        return horizontal ? horizontal(image) : vertical(image);
    }

    static AugImage horizontal(AugImage image) {
        int w = image.width();
        float[] in = image.data();
        float[] out = image.newPixels();
        for (int row = 0; row < image.channels() * image.height(); row++) {
            int start = row * w;
            for (int x = 0; x < w; x++) {
                out[start + x] = in[start + w - 1 - x];
            }
        }
        return AugImage.wrap(w, image.height(), image.channels(), out);
    }

    static AugImage vertical(AugImage image) {
        int w = image.width();
        int h = image.height();
        float[] in = image.data();
        float[] out = image.newPixels();
        for (int c = 0; c < image.channels(); c++) {
            int plane = c * h * w;
            for (int y = 0; y < h; y++) {
                System.arraycopy(in, plane + (h - 1 - y) * w, out, plane + y * w, w);
            }
        }
        return AugImage.wrap(w, h, image.channels(), out);
    }
}
