package dev.workbench.lessons.augment;

import java.util.Random;

/**
 * Rotates about the image centre by up to ±strength degrees, sampling bilinearly; corners that come
 * from outside the image are black (0). Positive angles turn the picture counter-clockwise on screen.
 */
final class Rotation implements ImageTransform {
    /** Source coordinates this close to a whole pixel are snapped, so quarter turns copy pixels exactly. */
    private static final double SNAP = 1e-6;

    @Override
    public AugImage apply(AugImage image, double strength, Random random) {
        double degrees = strength * ImageTransform.signedUnit(random);
        return degrees == 0 ? image : rotate(image, degrees);
    }

    static AugImage rotate(AugImage image, double degrees) {
        int w = image.width();
        int h = image.height();
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        float[] in = image.data();
        float[] out = image.newPixels();
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                // Inverse mapping: where in the source does this output pixel come from? (y points down.)
                double sx = snap(cx + dx * cos - dy * sin);
                double sy = snap(cy + dx * sin + dy * cos);
                for (int c = 0; c < image.channels(); c++) {
                    out[(c * h + y) * w + x] = sampleOrBlack(in, c * h * w, w, h, sx, sy);
                }
            }
        }
        return AugImage.wrap(w, h, image.channels(), out);
    }

    private static double snap(double coordinate) {
        double nearest = Math.rint(coordinate);
        return Math.abs(coordinate - nearest) < SNAP ? nearest : coordinate;
    }

    /** Bilinear sample of one channel plane; neighbours outside the image count as 0. */
    private static float sampleOrBlack(float[] in, int plane, int w, int h, double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        if (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h) {
            return 0f;
        }
        double fx = sx - x0;
        double fy = sy - y0;
        double top = (1 - fx) * pixel(in, plane, w, h, x0, y0) + fx * pixel(in, plane, w, h, x0 + 1, y0);
        double bottom = (1 - fx) * pixel(in, plane, w, h, x0, y0 + 1) + fx * pixel(in, plane, w, h, x0 + 1, y0 + 1);
        return (float) ((1 - fy) * top + fy * bottom);
    }

    private static float pixel(float[] in, int plane, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 0f : in[plane + y * w + x];
    }
}
