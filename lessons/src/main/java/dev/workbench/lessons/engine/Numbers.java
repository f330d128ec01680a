package dev.workbench.lessons.engine;

import java.util.Locale;

/** Formats numbers the way a person writes them: 0.001, 1e-05, 64. */
public final class Numbers {
    private Numbers() {
    }

    public static String compact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", value).replaceAll("\\.?0+e", "e");
        }
        String text = String.format(Locale.ROOT, "%.6f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
