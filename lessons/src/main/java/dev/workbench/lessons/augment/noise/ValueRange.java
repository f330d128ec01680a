package dev.workbench.lessons.augment.noise;

/**
 * The values a sample's entries live in: salt and pepper set entries to {@code high} and {@code low},
 * and Gaussian noise is clipped into the range when {@code clip} is set (for pixels, which cannot be
 * brighter than white), while standardized tabular rows leave it unclipped.
 */
public record ValueRange(float low, float high, boolean clip) {
    /** Pixels in [0, 1], noise clipped. */
    public static final ValueRange UNIT = new ValueRange(0, 1, true);

    public ValueRange {
        if (!Float.isFinite(low) || !Float.isFinite(high) || low >= high) {
            throw new IllegalArgumentException("Need finite low < high, got [" + low + ", " + high + "]");
        }
    }

    /** Salt and pepper at {@code low} and {@code high}; Gaussian noise left unclipped. */
    public static ValueRange unclipped(float low, float high) {
        return new ValueRange(low, high, false);
    }

    float clamp(double value) {
        return clip ? (float) Math.min(high, Math.max(low, value)) : (float) value;
    }
}
