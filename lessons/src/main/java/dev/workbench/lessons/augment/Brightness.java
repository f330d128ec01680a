package dev.workbench.lessons.augment;

import java.util.Random;

/** Adds the same amount, up to ±strength, to every pixel, clamped to [0, 1]. */
final class Brightness implements ImageTransform {
    @Override
    public AugImage apply(AugImage image, double strength, Random random) {
        double delta = strength * ImageTransform.signedUnit(random);
        return delta == 0 ? image : adjust(image, delta);
    }

    static AugImage adjust(AugImage image, double delta) {
        float[] in = image.data();
        float[] out = image.newPixels();
        for (int i = 0; i < in.length; i++) {
            out[i] = Pixels.clamp01(in[i] + delta);
        }
        return AugImage.wrap(image.width(), image.height(), image.channels(), out);
    }
}
