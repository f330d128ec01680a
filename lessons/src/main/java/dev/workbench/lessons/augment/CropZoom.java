package dev.workbench.lessons.augment;

import java.util.Random;

/**
 * Crops a random window and resizes it back to the original size (bilinear), so the picture zooms
 * in. Strength is the largest fraction of each side cut away: 0.5 keeps at least half of the width
 * and height. The window keeps the image's aspect ratio.
 */
final class CropZoom implements ImageTransform {
    @Override
    public AugImage apply(AugImage image, double strength, Random random) {
        double keep = 1 - strength * random.nextDouble();
        int cropWidth = Math.max(1, (int) Math.round(keep * image.width()));
        int cropHeight = Math.max(1, (int) Math.round(keep * image.height()));
        if (cropWidth == image.width() && cropHeight == image.height()) {
            return image;
        }
        int left = random.nextInt(image.width() - cropWidth + 1);
        int top = random.nextInt(image.height() - cropHeight + 1);
        return cropAndResize(image, left, top, cropWidth, cropHeight);
    }

    /** Cuts out the window, then stretches it to the image's size; samples never leave the window. */
    static AugImage cropAndResize(AugImage image, int left, int top, int cropWidth, int cropHeight) {
        int w = image.width();
        int h = image.height();
        if (cropWidth < 1 || cropHeight < 1 || left < 0 || top < 0 || left + cropWidth > w || top + cropHeight > h) {
            throw new IllegalArgumentException("Crop " + cropWidth + "x" + cropHeight + " at (" + left + ", " + top
                    + ") does not fit in a " + w + "x" + h + " image");
        }
        float[] in = image.data();
        float[] out = image.newPixels();
        double scaleX = (double) cropWidth / w;
        double scaleY = (double) cropHeight / h;
        for (int y = 0; y < h; y++) {
            // Pixel centres line up (as in "align_corners=false"), clamped to the window's edge pixels.
            double sy = clamp((y + 0.5) * scaleY - 0.5, cropHeight - 1);
            int y0 = (int) sy;
            int y1 = Math.min(y0 + 1, cropHeight - 1);
            double fy = sy - y0;
            for (int x = 0; x < w; x++) {
                double sx = clamp((x + 0.5) * scaleX - 0.5, cropWidth - 1);
                int x0 = (int) sx;
                int x1 = Math.min(x0 + 1, cropWidth - 1);
                double fx = sx - x0;
                for (int c = 0; c < image.channels(); c++) {
                    int plane = c * h * w;
                    int row0 = plane + (top + y0) * w + left;
                    int row1 = plane + (top + y1) * w + left;
                    double upper = (1 - fx) * in[row0 + x0] + fx * in[row0 + x1];
                    double lower = (1 - fx) * in[row1 + x0] + fx * in[row1 + x1];
                    out[plane + y * w + x] = (float) ((1 - fy) * upper + fy * lower);
                }
            }
        }
        return AugImage.wrap(w, h, image.channels(), out);
    }

    private static double clamp(double value, int max) {
        return Math.min(max, Math.max(0, value));
    }
}
