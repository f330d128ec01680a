package dev.workbench.app.charts;

/**
 * The heat map's colour scale, from deep blue at the lowest loss through teal to pale sand at the
 * highest: dark valleys, light hills. Muted on purpose, so the optimizers' bright lines stand out.
 */
public final class HeatColours {
    private static final double[] STOPS = {0.0, 0.12, 0.3, 0.5, 0.72, 1.0};
    private static final int[] COLOURS = {0x0b1a33, 0x173a63, 0x23678a, 0x4f9c9a, 0xa9cfa4, 0xf3ecd2};

    private HeatColours() {
    }

    /** The opaque ARGB colour of a value in [0, 1] (values outside are clamped). */
    public static int argb(double t) {
        double v = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        int i = 1;
        while (i < STOPS.length - 1 && v > STOPS[i]) {
            i++;
        }
        double f = (v - STOPS[i - 1]) / (STOPS[i] - STOPS[i - 1]);
        int a = COLOURS[i - 1];
        int b = COLOURS[i];
        return 0xFF000000 | mix(a >> 16, b >> 16, f) << 16 | mix(a >> 8, b >> 8, f) << 8 | mix(a, b, f);
    }

    private static int mix(int a, int b, double f) {
        int from = a & 0xFF;
        int to = b & 0xFF;
        return (int) Math.round(from + (to - from) * f);
    }
}
