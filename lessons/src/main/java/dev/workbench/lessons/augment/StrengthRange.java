package dev.workbench.lessons.augment;

/**
 * The values a transform's strength may take, for validation and for building a slider.
 *
 * @param min          smallest strength, the "off" end of the slider
 * @param max          largest strength
 * @param defaultValue strength a fresh spec starts with
 * @param unit         short suffix for display, such as "°"; empty for fractions
 */
public record StrengthRange(double min, double max, double defaultValue, String unit) {
    /** For transforms with nothing to tune, such as flips. */
    public static final StrengthRange NONE = new StrengthRange(0, 0, 0, "");

    public StrengthRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("Need finite min <= max, got [" + min + ", " + max + "]");
        }
        if (!(defaultValue >= min && defaultValue <= max)) {
            throw new IllegalArgumentException("Default " + defaultValue + " is outside [" + min + ", " + max + "]");
        }
        if (unit == null) {
            throw new IllegalArgumentException("Unit must not be null; use \"\" for none");
        }
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** Whether a slider makes sense: false for {@link #NONE}. */
    public boolean isAdjustable() {
        return max > min;
    }
}
