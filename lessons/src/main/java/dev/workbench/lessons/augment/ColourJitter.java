package dev.workbench.lessons.augment;

import java.util.Random;

/**
 * Turns the hue by up to ±strength of the colour wheel and scales saturation by a factor in
 * [1 - strength, 1 + strength], via HSV. Grayscale images have no hue, so they come back unchanged.
 */
final class ColourJitter implements ImageTransform {
    @Override
    public AugImage apply(AugImage image, double strength, Random random) {
        double hueShift = strength * ImageTransform.signedUnit(random);
        double saturationFactor = 1 + strength * ImageTransform.signedUnit(random);
        if (!image.isRgb() || (hueShift == 0 && saturationFactor == 1)) {
            return image;
        }
        return adjust(image, hueShift, saturationFactor);
    }

    /** {@code hueShift} in turns (0.5 = half-way round the wheel). */
    static AugImage adjust(AugImage image, double hueShift, double saturationFactor) {
        if (!image.isRgb()) {
            return image;
        }
        int plane = image.width() * image.height();
        float[] in = image.data();
        float[] out = image.newPixels();
        for (int i = 0; i < plane; i++) {
            double r = in[i];
            double g = in[plane + i];
            double b = in[2 * plane + i];
            double max = Math.max(r, Math.max(g, b));
            double min = Math.min(r, Math.min(g, b));
            double chroma = max - min;
            double hue = chroma == 0 ? 0 : hueOf(r, g, b, max, chroma);
            double saturation = max == 0 ? 0 : chroma / max;
            hue = (hue + hueShift) % 1.0;
            if (hue < 0) {
                hue += 1.0;
            }
            saturation = Math.min(1.0, saturation * saturationFactor);
            writeRgb(out, plane, i, hue, saturation, max);
        }
        return AugImage.wrap(image.width(), image.height(), 3, out);
    }

    /** Hue in turns [0, 1) of a colour with non-zero chroma. */
    private static double hueOf(double r, double g, double b, double max, double chroma) {
        double sector;
        if (max == r) {
            sector = (g - b) / chroma;
        } else if (max == g) {
            sector = 2 + (b - r) / chroma;
        } else {
            sector = 4 + (r - g) / chroma;
        }
        double hue = sector / 6;
        return hue < 0 ? hue + 1 : hue;
    }

    private static void writeRgb(float[] out, int plane, int i, double hue, double saturation, double value) {
        double chroma = value * saturation;
        double sector = hue * 6;
        double x = chroma * (1 - Math.abs(sector % 2 - 1));
        double r;
        double g;
        double b;
        switch ((int) sector) {
            case 0 -> { r = chroma; g = x; b = 0; }
            case 1 -> { r = x; g = chroma; b = 0; }
            case 2 -> { r = 0; g = chroma; b = x; }
            case 3 -> { r = 0; g = x; b = chroma; }
            case 4 -> { r = x; g = 0; b = chroma; }
            default -> { r = chroma; g = 0; b = x; }
        }
        double m = value - chroma;
        out[i] = Pixels.clamp01(r + m);
        out[plane + i] = Pixels.clamp01(g + m);
        out[2 * plane + i] = Pixels.clamp01(b + m);
    }
}
