package dev.workbench.app.charts;

import java.util.Locale;

/** Short number formats for axis ticks and hover labels. */
public final class ChartFormat {
    private ChartFormat() {
    }

    /** Three significant digits without trailing zeros: 2.3, 0.412, 1200, 1e-04. */
    public static String compact(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        if (magnitude == 0) {
            return "0";
        }
        if (magnitude >= 1e5 || magnitude < 1e-3) {
            // %e, not %g: %g writes 1e-4 as 0.00010.
            return String.format(Locale.ROOT, "%.1e", value).replaceAll("\\.?0+e", "e").replace("e-0", "e-").replace("e+0", "e");
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        String text = String.format(Locale.ROOT, magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** A whole number with thousands separators, e.g. 12,400. */
    public static String whole(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,d", Math.round(value)) : "–";
    }

    /** Seconds with a unit: 0.5 s, 12 s, 1.5 min. */
    public static String seconds(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return Math.abs(value) >= 120 ? compact(value / 60) + " min" : compact(value) + " s";
    }

    /** A fraction as a percentage: 0.873 gives 87.3%. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return "–";
        }
        double p = fraction * 100;
        return (Math.abs(p - Math.rint(p)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", p)
                : String.format(Locale.ROOT, "%.1f", p)) + "%";
    }
}
