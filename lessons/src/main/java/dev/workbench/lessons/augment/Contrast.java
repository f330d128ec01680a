package dev.workbench.lessons.augment;

import java.util.Random;

/**
 * Scales every pixel's distance from the image's mean (over all channels) by a factor in
 * [1 - strength, 1 + strength], clamped to [0, 1].
 */
final class Contrast implements ImageTransform {
    @Override
    public AugImage apply(AugImage image, double strength, Random random) {
        double factor = 1 + strength * ImageTransform.signedUnit(random);
        return factor == 1 ? image : adjust(image, factor);
    }

    static AugImage adjust(AugImage image, double factor) {
        float[] in = image.data();
        double sum = 0;
        for (float value : in) {
            sum += value;
        }
        double mean = sum / in.length;
        float[] out = image.newPixels();
        for (int i = 0; i < in.length; i++) {
            out[i] = Pixels.clamp01(mean + (in[i] - mean) * factor);
        }
        return AugImage.wrap(image.width(), image.height(), image.channels(), out);
    }
}
