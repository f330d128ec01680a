package dev.workbench.lessons.augment.series;

import java.util.Arrays;

/**
 * An immutable window of a multivariate time series: {@code features} channels of {@code length}
 * steps, stored feature by feature, so index = {@code feature * length + t}. That is one example of
 * a DL4J NCW batch [batch, features, time] in C order, so an iterator hands a slice over unchanged.
 */
public final class SeriesWindow {
    private final int features;
    private final int length;
    private final float[] values;

    private SeriesWindow(int features, int length, float[] values) {
        if (features < 1 || length < 1) {
            throw new IllegalArgumentException("A window needs at least one feature and one step, got "
                    + features + " x " + length);
        }
        if (values.length != (long) features * length) {
            throw new IllegalArgumentException("A window of " + features + " features x " + length + " steps needs "
                    + (long) features * length + " values, got " + values.length);
        }
        this.features = features;
        this.length = length;
        this.values = values;
    }

    /** Copies {@code values} (feature by feature) in; each must be finite. */
    public static SeriesWindow of(int features, int length, float[] values) {
        float[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Float.isFinite(copy[i])) {
                throw new IllegalArgumentException("Window values must be finite, got " + copy[i] + " at index " + i);
            }
        }
        return new SeriesWindow(features, length, copy);
    }

    /** A one-feature window. */
    public static SeriesWindow univariate(float... values) {
        return of(1, values.length, values);
    }

    /** Takes ownership of {@code values} without copying or checks: for transforms that just built it. */
    static SeriesWindow wrap(int features, int length, float[] values) {
        return new SeriesWindow(features, length, values);
    }

    /** The backing array, not a copy: transforms read it and must never write to it. */
    float[] data() {
        return values;
    }

    public int features() {
        return features;
    }

    public int length() {
        return length;
    }

    /** A copy of all values, feature by feature. */
    public float[] values() {
        return values.clone();
    }

    /** A copy of one feature's {@code length} values. */
    public float[] feature(int feature) {
        checkFeature(feature);
        return Arrays.copyOfRange(values, feature * length, (feature + 1) * length);
    }

    public float get(int feature, int t) {
        checkFeature(feature);
        if (t < 0 || t >= length) {
            throw new IndexOutOfBoundsException("Step " + t + " is outside a window of " + length + " steps");
        }
        return values[feature * length + t];
    }

    private void checkFeature(int feature) {
        if (feature < 0 || feature >= features) {
            throw new IndexOutOfBoundsException("Feature " + feature + " is outside a window of " + features + " features");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeriesWindow window && features == window.features && length == window.length
                && Arrays.equals(values, window.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * features + length) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SeriesWindow[" + features + " x " + length + "]";
    }
}
