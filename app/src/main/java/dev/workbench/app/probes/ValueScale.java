package dev.workbench.app.probes;

import dev.workbench.app.charts.AxisTicks;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps values onto [0, 1] along a linear or log10 axis: bar lengths, colour positions, tick
 * positions. On a log axis {@code min} and {@code max} are still values (both positive), and
 * values at or below zero map to 0. Pure arithmetic, safe on any thread.
 *
 * @param min the value at 0
 * @param max the value at 1, above {@code min}
 */
public record ValueScale(double min, double max, boolean log) {
    /** Used when no value is finite (and positive, on a log axis). */
    private static final ValueScale EMPTY_LINEAR = new ValueScale(0, 1, false);
    private static final ValueScale EMPTY_LOG = new ValueScale(1e-3, 1, true);
    /** Decades kept below the smallest bar on a log axis. */
    private static final double LOG_FLOOR_MARGIN = 0.5;

    public ValueScale {
        if (!(max > min) || log && !(min > 0)) {
            throw new IllegalArgumentException("bad scale [" + min + ", " + max + "]" + (log ? " (log)" : ""));
        }
    }

    /** Exactly the range of the values, for colours (a constant range is widened a little). */
    public static ValueScale span(double[] values, boolean log) {
        double[] range = range(values, log);
        if (range == null) {
            return log ? EMPTY_LOG : EMPTY_LINEAR;
        }
        double lo = range[0];
        double hi = range[1];
        if (hi > lo) {
            return new ValueScale(lo, hi, log);
        }
        if (log) {
            return new ValueScale(lo / 2, hi * 2, true);
        }
        double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
        return new ValueScale(lo - pad, hi + pad, false);
    }

    /**
     * An axis for bars: a linear one includes zero and ends on nice ticks; a log one covers whole
     * decades and starts at least half a decade below the smallest value, so that 1e-6 and 1 both
     * get a visible bar.
     */
    public static ValueScale forBars(double[] values, boolean log) {
        double[] range = range(values, log);
        if (range == null) {
            return log ? EMPTY_LOG : EMPTY_LINEAR;
        }
        if (log) {
            // Half a decade at least below the smallest value, so that its bar shows too.
            double lo = Math.floor(Math.log10(range[0]) - LOG_FLOOR_MARGIN);
            double hi = Math.ceil(Math.log10(range[1]));
            if (hi <= lo) {
                hi = lo + 1;
            }
            return new ValueScale(Math.pow(10, lo), Math.pow(10, hi), true);
        }
        AxisTicks.Range nice = AxisTicks.linear(Math.min(0, range[0]), Math.max(0, range[1]), 5, true);
        return new ValueScale(nice.min(), nice.max(), false);
    }

    /** Where {@code value} lies, clamped to [0, 1]; NaN stays NaN. */
    public double fraction(double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        double f;
        if (log) {
            if (value <= 0) {
                return 0;
            }
            f = (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        } else {
            f = (value - min) / (max - min);
        }
        return Math.max(0, Math.min(1, f));
    }

    /** Where a bar starts: zero on a linear axis (clamped into the range), the low end on a log axis. */
    public double baseline() {
        return log ? 0 : fraction(0);
    }

    /** Start and end of the bar of {@code value} along an axis {@code length} long, start &lt;= end. */
    public double[] barExtent(double value, double length) {
        double base = baseline() * length;
        double end = Double.isNaN(value) ? base : fraction(value) * length;
        return new double[]{Math.min(base, end), Math.max(base, end)};
    }

    /** About {@code target} tick values inside the range. */
    public List<Double> ticks(int target) {
        if (!log) {
            return AxisTicks.linear(min, max, target, false).ticks();
        }
        List<Double> ticks = new ArrayList<>();
        double low = Math.log10(min);
        double high = Math.log10(max);
        if (isWhole(low) && isWhole(high) && high - low > 2.5) {
            // Whole decades (a bar axis): step down from the top so that its end is labelled.
            long step = Math.max(1, (long) Math.ceil((high - low) / Math.max(1, target)));
            for (long e = Math.round(high); e >= Math.round(low); e -= step) {
                ticks.add(0, Math.pow(10, e));
            }
            return ticks;
        }
        for (double exponent : AxisTicks.log(low, high, target).ticks()) {
            ticks.add(Math.pow(10, exponent));
        }
        return ticks;
    }

    private static boolean isWhole(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9;
    }

    /** [lowest, highest] finite value (positive only on a log axis), or null when there is none. */
    private static double[] range(double[] values, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v) && (!log || v > 0)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo <= hi ? new double[]{lo, hi} : null;
    }
}
