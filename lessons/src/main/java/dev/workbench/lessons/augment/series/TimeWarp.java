package dev.workbench.lessons.augment.series;

import java.util.Random;

/**
 * Time warping (Um et al. 2017): a smooth random change of speed. A {@link SmoothCurve} v(t) through
 * knots from N(1, sigma^2), sigma = strength, floored at {@link #MIN_SPEED}, is integrated with the
 * trapezoid rule and rescaled so that tau(0) = 0 and tau(T - 1) = T - 1; then
 * x'[f][t] = x[f](tau(t)) by linear interpolation.
 *
 * <p>tau is strictly increasing, so events keep their order and the window keeps its first and last
 * values. One warp for all features, because they were measured at the same instants.
 */
final class TimeWarp implements SeriesTransform {
    /** Lowest speed, relative to 1: keeps tau increasing even when a knot is drawn below zero. */
    static final double MIN_SPEED = 0.1;

    @Override
    public SeriesWindow apply(SeriesWindow window, double strength, Random random) {
        int length = window.length();
        if (strength == 0 || length < 3) {
            return window;
        }
        return Resampling.at(window, warp(SmoothCurve.random(length, strength, random)));
    }

    /** tau: the input time read at each output step, for speeds {@code curve}. */
    static double[] warp(double[] curve) {
        int length = curve.length;
        double[] tau = new double[length];
        for (int t = 1; t < length; t++) {
            tau[t] = tau[t - 1] + (speed(curve[t - 1]) + speed(curve[t])) / 2;
        }
        double scale = (length - 1) / tau[length - 1];
        for (int t = 1; t < length - 1; t++) {
            tau[t] *= scale;
        }
        tau[length - 1] = length - 1;
        return tau;
    }

    private static double speed(double value) {
        return Math.max(MIN_SPEED, value);
    }
}
