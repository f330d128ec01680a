package dev.workbench.lessons.augment.series;

import java.util.Random;

/**
 * Jitter: x'[f][t] = x[f][t] + e[f][t] with independent e ~ N(0, sigma^2), sigma = strength. Models
 * sensor noise; Um et al. (2017) found it helps most on noisy wearable data.
 */
final class Jitter implements SeriesTransform {
    @Override
    public SeriesWindow apply(SeriesWindow window, double strength, Random random) {
        if (strength == 0) {
            return window;
        }
        float[] in = window.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) (in[i] + strength * random.nextGaussian());
        }
        return SeriesWindow.wrap(window.features(), window.length(), out);
    }
}
