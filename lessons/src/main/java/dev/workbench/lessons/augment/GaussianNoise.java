package dev.workbench.lessons.augment;

import java.util.Random;

/** Adds independent Gaussian noise with standard deviation {@code strength} to every value, clamped to [0, 1]. */
final class GaussianNoise implements ImageTransform {
    @Override
    public AugImage apply(AugImage image, double strength, Random random) {
        return strength == 0 ? image : add(image, strength, random);
    }

    static AugImage add(AugImage image, double std, Random random) {
        float[] in = image.data();
        float[] out = image.newPixels();
        for (int i = 0; i < in.length; i++) {
            out[i] = Pixels.clamp01(in[i] + std * random.nextGaussian());
        }
        return AugImage.wrap(image.width(), image.height(), image.channels(), out);
    }
}
