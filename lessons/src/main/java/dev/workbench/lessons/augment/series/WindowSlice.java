package dev.workbench.lessons.augment.series;

import java.util.Random;

/**
 * Window slicing (Le Guennec et al. 2016): keep a random sub-window covering a fraction r = 1 - c of
 * the time span, c = strength, and stretch it back to the full length. With span D = T - 1 and a
 * start s ~ U[0, c D): x'[f][t] = x[f](s + r t) by linear interpolation, so x'(0) = x(s) and
 * x'(T - 1) = x(s + r D). The label is assumed to hold for most of the window, as it does for
 * activities or sensor states that last longer than a window.
 */
final class WindowSlice implements SeriesTransform {
    @Override
    public SeriesWindow apply(SeriesWindow window, double strength, Random random) {
        int length = window.length();
        if (strength == 0 || length < 2) {
            return window;
        }
        double span = length - 1;
        double ratio = 1 - strength;
        double start = random.nextDouble() * strength * span;
        double[] positions = new double[length];
        for (int t = 0; t < length; t++) {
            positions[t] = start + ratio * t;
        }
        return Resampling.at(window, positions);
    }
}
