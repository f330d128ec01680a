package dev.workbench.lessons.augment.series;

import java.util.Random;

/**
 * A smooth random curve around 1, the multiplier of magnitude warping and the speed of time warping
 * (Um et al. 2017): {@link #KNOTS} + 2 evenly spaced knots over [0, length - 1] with values drawn from
 * N(1, sigma^2), joined by a natural cubic spline (second derivative 0 at both ends).
 *
 * <p>A spline rather than straight segments so the curve has no corners: a corner in a speed curve
 * would be a sudden jump in the warped signal's slope, something no sensor records.
 */
final class SmoothCurve {
    /** Interior knots; Um et al. use 4, few enough that the curve bends slowly across a window. */
    static final int KNOTS = 4;

    private SmoothCurve() {
    }

    /** The curve sampled at steps 0 .. length - 1, drawing {@code KNOTS + 2} Gaussians from {@code random}. */
    static double[] random(int length, double sigma, Random random) {
        double[] knots = new double[KNOTS + 2];
        for (int i = 0; i < knots.length; i++) {
            knots[i] = 1 + sigma * random.nextGaussian();
        }
        return spline(knots, length);
    }

    /** The natural cubic spline through {@code knots}, placed evenly over [0, length - 1], sampled at each step. */
    static double[] spline(double[] knots, int length) {
        double[] curve = new double[length];
        if (length == 1) {
            curve[0] = knots[0];
            return curve;
        }
        int segments = knots.length - 1;
        double spacing = (length - 1) / (double) segments;
        double[] second = secondDerivatives(knots, spacing);
        for (int t = 0; t < length; t++) {
            int segment = Math.min(segments - 1, (int) (t / spacing));
            double b = (t - segment * spacing) / spacing;
            double a = 1 - b;
            curve[t] = a * knots[segment] + b * knots[segment + 1]
                    + ((a * a * a - a) * second[segment] + (b * b * b - b) * second[segment + 1]) * spacing * spacing / 6;
        }
        return curve;
    }

    /** Solves M[i-1] + 4 M[i] + M[i+1] = 6 (y[i+1] - 2 y[i] + y[i-1]) / h^2 with M at the ends 0 (Thomas algorithm). */
    private static double[] secondDerivatives(double[] y, double spacing) {
        int n = y.length;
        double[] second = new double[n];
        if (n < 3) {
            return second;
        }
        int inner = n - 2;
        double[] diagonal = new double[inner];
        double[] rhs = new double[inner];
        for (int i = 0; i < inner; i++) {
            diagonal[i] = 4;
            rhs[i] = 6 * (y[i + 2] - 2 * y[i + 1] + y[i]) / (spacing * spacing);
        }
        for (int i = 1; i < inner; i++) {
            double factor = 1 / diagonal[i - 1];
            diagonal[i] -= factor;
            rhs[i] -= factor * rhs[i - 1];
        }
        second[inner] = rhs[inner - 1] / diagonal[inner - 1];
        for (int i = inner - 2; i >= 0; i--) {
            second[i + 1] = (rhs[i] - second[i + 2]) / diagonal[i];
        }
        return second;
    }
}
