package dev.workbench.lessons.augment.series;

import java.util.Random;

/**
 * Window warping (Le Guennec et al. 2016): a random sub-window of width W = w D, w = strength and
 * D = T - 1, starting at a ~ U[0, D - W), is slowed down (k = 2) or sped up (k = 0.5), chosen with
 * equal chance; the whole series, now spanning D' = D + (k - 1) W, is resampled back to T steps.
 *
 * <p>Output step t reads warped time v = t D' / D, which maps back to input time v before the
 * sub-window, a + (v - a) / k inside it, and v - (k - 1) W after it: a piecewise-linear,
 * increasing map with both ends fixed.
 */
final class WindowWarp implements SeriesTransform {
    /** The two speeds of the original method. */
    static final double SLOWER = 2;
    static final double FASTER = 0.5;

    @Override
    public SeriesWindow apply(SeriesWindow window, double strength, Random random) {
        int length = window.length();
        if (strength == 0 || length < 2) {
            return window;
        }
        double span = length - 1;
        double width = strength * span;
        double start = random.nextDouble() * (span - width);
        double factor = random.nextBoolean() ? SLOWER : FASTER;
        double warpedSpan = span + (factor - 1) * width;
        double[] positions = new double[length];
        for (int t = 0; t < length; t++) {
            double v = t * warpedSpan / span;
            if (v < start) {
                positions[t] = v;
            } else if (v < start + factor * width) {
                positions[t] = start + (v - start) / factor;
            } else {
                positions[t] = v - (factor - 1) * width;
            }
        }
        positions[length - 1] = span;
        return Resampling.at(window, positions);
    }
}
