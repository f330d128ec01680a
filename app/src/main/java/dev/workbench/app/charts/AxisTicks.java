package dev.workbench.app.charts;

import java.util.ArrayList;
import java.util.List;

/** "Nice" tick positions (1, 2 or 5 times a power of ten) for a linear or log10 axis. */
public final class AxisTicks {
    /**
     * No axis gets more ticks than this, whatever it asks for: a race chart once asked for
     * millions (a momentary layout height) and the list of ticks filled the heap.
     */
    static final int MOST_TICKS = 200;

    private AxisTicks() {
    }

    /** A padded axis range and the ticks inside it. */
    public record Range(double min, double max, List<Double> ticks) {
        public Range {
            ticks = List.copyOf(ticks);
        }

        public double span() {
            return max - min;
        }
    }

    /** About {@code target} ticks covering [min, max]; the range is widened to whole ticks when {@code snap}. */
    public static Range linear(double min, double max, int target, boolean snap) {
        // A span below float resolution (a metric that is 1.0 at every epoch, give or take one ulp)
        // would give a step that t += step cannot advance: treat it as a single value.
        if (!(max - min > 1e-9 * Math.max(Math.abs(min), Math.abs(max)))) {
            max = min;
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double step = niceStep((max - min) / Math.max(1, Math.min(target, MOST_TICKS)));
        double first = Math.ceil(min / step - 1e-9) * step;
        if (snap) {
            min = Math.floor(min / step + 1e-9) * step;
            max = Math.ceil(max / step - 1e-9) * step;
            first = min;
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = first; t <= max + step * 1e-6 && t + step != t; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return new Range(min, max, ticks);
    }

    /**
     * Ticks for an axis that plots log10 of the values: {@code logMin} and {@code logMax} are
     * exponents. Ticks are returned as exponents too.
     */
    public static Range log(double logMin, double logMax, int target) {
        if (!(logMax > logMin)) {
            logMin -= 0.5;
            logMax += 0.5;
        }
        if (logMax - logMin < 1.0) {
            // Less than a decade: nice linear values, placed at their logarithms.
            Range values = linear(Math.pow(10, logMin), Math.pow(10, logMax), target, false);
            List<Double> ticks = new ArrayList<>();
            for (double v : values.ticks()) {
                if (v > 0) {
                    ticks.add(Math.log10(v));
                }
            }
            return new Range(logMin, logMax, ticks);
        }
        double step = Math.max(1, Math.ceil((logMax - logMin) / Math.max(1, target)));
        List<Double> ticks = new ArrayList<>();
        for (double e = Math.ceil(logMin); e <= logMax + 1e-9; e += step) {
            ticks.add(e);
            if (step == 1 && logMax - logMin <= 2.5) {
                for (double m : new double[]{2, 5}) {
                    double sub = e + Math.log10(m);
                    if (sub < logMax) {
                        ticks.add(sub);
                    }
                }
            }
        }
        if (step == 1 && logMax - logMin <= 2.5) {
            for (double m : new double[]{2, 5}) {
                double sub = Math.floor(logMin) + Math.log10(m);
                if (sub > logMin && sub < Math.ceil(logMin)) {
                    ticks.add(sub);
                }
            }
        }
        ticks.sort(Double::compare);
        return new Range(logMin, logMax, ticks);
    }

    /**
     * Linear ticks, as many as fit but never more than {@code maxTicks}: the densest nice step
     * whose ticks still leave room for their labels (a chart asks for one per few em of axis).
     */
    public static Range linearAtMost(double min, double max, int maxTicks) {
        int limit = Math.max(2, Math.min(maxTicks, MOST_TICKS));
        Range denser = null;
        for (int target = limit; target >= 1; target--) {
            Range range = linear(min, max, target, false);
            if (range.ticks().size() <= limit) {
                // A step so coarse that one tick is left says less than every other tick of a finer one.
                return range.ticks().size() < 2 && denser != null ? thin(denser, limit) : range;
            }
            denser = range;
        }
        return thin(denser, limit);
    }

    /** Log ticks (exponents), never more than {@code maxTicks}: the 2 and 5 sub-decade ticks go first. */
    public static Range logAtMost(double logMin, double logMax, int maxTicks) {
        int limit = Math.max(2, Math.min(maxTicks, MOST_TICKS));
        Range range = log(logMin, logMax, limit);
        if (range.ticks().size() <= limit) {
            return range;
        }
        List<Double> decades = range.ticks().stream().filter(t -> t == Math.rint(t)).toList();
        if (decades.size() >= 2) {
            return thin(new Range(range.min(), range.max(), decades), limit);
        }
        return thin(range, limit);
    }

    /** Every k-th tick of {@code range}, k chosen so that at most {@code maxTicks} remain. */
    public static Range thin(Range range, int maxTicks) {
        int size = range.ticks().size();
        if (size <= maxTicks || maxTicks < 1) {
            return range;
        }
        int every = (int) Math.ceil(size / (double) maxTicks);
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < size; i += every) {
            kept.add(range.ticks().get(i));
        }
        return new Range(range.min(), range.max(), kept);
    }

    static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * power;
    }
}
