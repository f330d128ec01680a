package dev.workbench.app.landscape;

import java.util.Arrays;

/**
 * Contour lines by marching squares: for a level, the segments where the sampled surface crosses it,
 * linearly interpolated along the edges of each grid cell. Coordinates are in grid units, with
 * sample {@code (col, row)} at {@code (col, row)}; ambiguous saddle cells are split by their mean.
 */
public final class ContourTracer {
    private ContourTracer() {
    }

    /**
     * @param values row-major samples, {@code cols * rows} of them
     * @return segments as x1, y1, x2, y2 quadruples
     */
    public static float[] trace(double[] values, int cols, int rows, double level) {
        if (values.length != cols * rows) {
            throw new IllegalArgumentException("need " + cols * rows + " values, got " + values.length);
        }
        float[] out = new float[64];
        int n = 0;
        float[] crossings = new float[8];
        for (int row = 0; row + 1 < rows; row++) {
            for (int col = 0; col + 1 < cols; col++) {
                double a = values[row * cols + col];
                double b = values[row * cols + col + 1];
                double c = values[(row + 1) * cols + col + 1];
                double d = values[(row + 1) * cols + col];
                boolean aUp = a >= level;
                boolean bUp = b >= level;
                boolean cUp = c >= level;
                boolean dUp = d >= level;
                if (aUp == bUp && bUp == cUp && cUp == dUp) {
                    continue;
                }
                // Crossings in edge order: top (a-b), right (b-c), bottom (d-c), left (a-d).
                int k = 0;
                if (aUp != bUp) {
                    crossings[k++] = (float) (col + fraction(a, b, level));
                    crossings[k++] = row;
                }
                if (bUp != cUp) {
                    crossings[k++] = col + 1;
                    crossings[k++] = (float) (row + fraction(b, c, level));
                }
                if (dUp != cUp) {
                    crossings[k++] = (float) (col + fraction(d, c, level));
                    crossings[k++] = row + 1;
                }
                if (aUp != dUp) {
                    crossings[k++] = col;
                    crossings[k++] = (float) (row + fraction(a, d, level));
                }
                if (n + 8 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                if (k == 4) {
                    System.arraycopy(crossings, 0, out, n, 4);
                    n += 4;
                } else {
                    // Saddle: a and c on one side, b and d on the other. Crossings are top, right, bottom, left.
                    boolean centreUp = (a + b + c + d) / 4 >= level;
                    if (centreUp == aUp) {
                        n = segment(out, n, crossings, 0, 1); // cut off corner b: top-right
                        n = segment(out, n, crossings, 2, 3); // cut off corner d: bottom-left
                    } else {
                        n = segment(out, n, crossings, 0, 3); // cut off corner a: top-left
                        n = segment(out, n, crossings, 1, 2); // cut off corner c: right-bottom
                    }
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int segment(float[] out, int n, float[] crossings, int from, int to) {
        out[n] = crossings[2 * from];
        out[n + 1] = crossings[2 * from + 1];
        out[n + 2] = crossings[2 * to];
        out[n + 3] = crossings[2 * to + 1];
        return n + 4;
    }

    private static double fraction(double from, double to, double level) {
        return (level - from) / (to - from);
    }
}
