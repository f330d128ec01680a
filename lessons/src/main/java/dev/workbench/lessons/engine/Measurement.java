package dev.workbench.lessons.engine;

import java.util.Locale;

/** A named number for a student to read, e.g. "Test accuracy 88.4%" or "Test MAE 1.2 °C". */
public record Measurement(String label, double value, String unit) {
    public Measurement {
        java.util.Objects.requireNonNull(label, "label");
        java.util.Objects.requireNonNull(unit, "unit");
    }

    /** The value as text in its unit: fractions with unit "%" as percent. */
    public String formatted() {
        return format(value, unit);
    }

    /** {@code value} in {@code unit}: "-" for NaN, percent for "%", four significant digits otherwise. */
    public static String format(double value, String unit) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (unit.equals("%")) {
            return String.format(Locale.ROOT, "%.1f%%", value * 100);
        }
        String number = Math.abs(value) >= 1e4 || (Math.abs(value) < 1e-3 && value != 0)
                ? String.format(Locale.ROOT, "%.3e", value) : String.format(Locale.ROOT, "%.4f", value);
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
