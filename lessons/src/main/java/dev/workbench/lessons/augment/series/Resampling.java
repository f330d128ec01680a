package dev.workbench.lessons.augment.series;

/**
 * Reads a window at fractional time positions by linear interpolation, the resampling step of all
 * the time-axis transforms (Um et al. and Le Guennec et al. both interpolate linearly).
 */
final class Resampling {
    private Resampling() {
    }

    /**
     * Output step {@code t} of every feature takes the input's value at time {@code positions[t]}, each
     * clamped to [0, length - 1]. {@code positions} must have one entry per step.
     */
    static SeriesWindow at(SeriesWindow window, double[] positions) {
        int length = window.length();
        float[] in = window.data();
        float[] out = new float[in.length];
        for (int f = 0; f < window.features(); f++) {
            int offset = f * length;
            for (int t = 0; t < length; t++) {
                out[offset + t] = (float) value(in, offset, length, positions[t]);
            }
        }
        return SeriesWindow.wrap(window.features(), length, out);
    }

    /** The series {@code values[offset .. offset + length)} at fractional time {@code position}. */
    static double value(float[] values, int offset, int length, double position) {
        double clamped = Math.min(length - 1, Math.max(0, position));
        int step = (int) Math.floor(clamped);
        if (step >= length - 1) {
            return values[offset + length - 1];
        }
        double fraction = clamped - step;
        double left = values[offset + step];
        return left + fraction * (values[offset + step + 1] - left);
    }
}
