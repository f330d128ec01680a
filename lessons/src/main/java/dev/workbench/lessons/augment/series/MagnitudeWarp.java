package dev.workbench.lessons.augment.series;

import java.util.Random;

/**
 * Magnitude warping: x'[f][t] = x[f][t] * c_f(t), where c_f is a {@link SmoothCurve} through knots
 * drawn from N(1, sigma^2), sigma = strength, one curve per feature (as in Um et al. 2017). The
 * amplitude drifts slowly within the window while the timing stays put.
 */
final class MagnitudeWarp implements SeriesTransform {
    @Override
    public SeriesWindow apply(SeriesWindow window, double strength, Random random) {
        if (strength == 0) {
            return window;
        }
        int length = window.length();
        float[] in = window.data();
        float[] out = new float[in.length];
        for (int f = 0; f < window.features(); f++) {
            double[] curve = SmoothCurve.random(length, strength, random);
            int offset = f * length;
            for (int t = 0; t < length; t++) {
                out[offset + t] = (float) (in[offset + t] * curve[t]);
            }
        }
        return SeriesWindow.wrap(window.features(), length, out);
    }
}
