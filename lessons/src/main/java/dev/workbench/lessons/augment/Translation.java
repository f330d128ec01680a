package dev.workbench.lessons.augment;

import java.util.Random;

/**
 * Shifts the picture by whole pixels, up to ±strength of the width and height; the uncovered strip
 * is black (0). Whole-pixel shifts keep the image sharp.
 */
final class Translation implements ImageTransform {
    @Override
    public AugImage apply(AugImage image, double strength, Random random) {
        int dx = (int) Math.round(strength * ImageTransform.signedUnit(random) * image.width());
        int dy = (int) Math.round(strength * ImageTransform.signedUnit(random) * image.height());
        return dx == 0 && dy == 0 ? image : shift(image, dx, dy);
    }

    /** Moves content {@code dx} pixels right and {@code dy} pixels down (negative: left, up). */
    static AugImage shift(AugImage image, int dx, int dy) {
        int w = image.width();
        int h = image.height();
        float[] in = image.data();
        float[] out = image.newPixels();
        int fromX = Math.max(0, -dx);
        int toX = Math.min(w, w - dx);
        if (fromX < toX) {
            for (int c = 0; c < image.channels(); c++) {
                int plane = c * h * w;
                for (int y = Math.max(0, dy); y < Math.min(h, h + dy); y++) {
                    System.arraycopy(in, plane + (y - dy) * w + fromX, out, plane + y * w + fromX + dx, toX - fromX);
                }
            }
        }
        return AugImage.wrap(w, h, image.channels(), out);
    }
}
