package dev.workbench.lessons.augment.series;

import java.util.Random;

/**
 * Scaling: x'[f][t] = s * x[f][t] with one s ~ N(1, sigma^2) for the whole window, sigma = strength.
 * The shape of the signal is kept exactly (correlation 1 while s > 0); only its amplitude changes,
 * as when a sensor sits tighter or looser.
 */
final class Scaling implements SeriesTransform {
    @Override
    public SeriesWindow apply(SeriesWindow window, double strength, Random random) {
        if (strength == 0) {
            return window;
        }
        double factor = 1 + strength * random.nextGaussian();
        float[] in = window.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) (factor * in[i]);
        }
        return SeriesWindow.wrap(window.features(), window.length(), out);
    }
}
