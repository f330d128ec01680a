package dev.workbench.lessons.sequences;

import dev.workbench.lessons.data.SeriesWindows;
import dev.workbench.lessons.data.SeriesWindows.Part;

/**
 * The forecasts a network must beat, in the series' own unit: persistence (the window's last value),
 * seasonal naive (the value one season, or whole seasons, before the target, never later than the
 * window's end) and a linear autoregression on the window's values fitted by least squares on the
 * training windows only. Single-column series; the first output column is forecast.
 */
public final class Baselines {
    /** A small ridge keeps the normal equations solvable when windows are nearly collinear. */
    static final double RIDGE = 1e-6;

    private final SeriesWindows windows;
    private final double[] series;
    private final int season;
    private final double[] autoregression;

    private Baselines(SeriesWindows windows, int season) {
        this.windows = windows;
        this.series = windows.series().column(windows.outputColumn(0));
        this.season = season;
        this.autoregression = fitAutoregression();
    }

    public static Baselines of(SeriesWindows windows, int season) {
        return new Baselines(windows, season);
    }

    /** The true value window {@code w} of {@code part} predicts. */
    public double truth(Part part, int w) {
        return series[windows.targetRow(part, w, 0)];
    }

    public double persistence(Part part, int w) {
        return series[windows.windowStart(part, w) + windows.spec().length() - 1];
    }

    /** The value whole seasons before the target, the fewest that reach back to the window's end or earlier. */
    public double seasonalNaive(Part part, int w) {
        int target = windows.targetRow(part, w, 0);
        int lastKnown = windows.windowStart(part, w) + windows.spec().length() - 1;
        int seasons = Math.max(1, (target - lastKnown + season - 1) / season);
        int row = target - seasons * season;
        return row >= 0 ? series[row] : series[lastKnown];
    }

    public double autoregression(Part part, int w) {
        int start = windows.windowStart(part, w);
        int length = windows.spec().length();
        double sum = autoregression[length];
        for (int i = 0; i < length; i++) {
            sum += autoregression[i] * series[start + i];
        }
        return sum;
    }

    /** The autoregression's weights, one per window step, then the intercept. */
    public double[] autoregressionWeights() {
        return autoregression.clone();
    }

    /** Mean absolute errors of persistence, seasonal naive and autoregression over a part. */
    public double[] meanAbsoluteErrors(Part part) {
        int n = windows.windowCount(part);
        double[] sums = new double[3];
        for (int w = 0; w < n; w++) {
            double truth = truth(part, w);
            sums[0] += Math.abs(persistence(part, w) - truth);
            sums[1] += Math.abs(seasonalNaive(part, w) - truth);
            sums[2] += Math.abs(autoregression(part, w) - truth);
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] = n == 0 ? Double.NaN : sums[i] / n;
        }
        return sums;
    }

    /**
     * Solves {@code (X^T X + ridge I) beta = X^T y} over the training windows, in centred units so
     * that the ridge does not depend on the series' level.
     */
    private double[] fitAutoregression() {
        int length = windows.spec().length();
        int n = windows.windowCount(Part.TRAIN);
        double mean = 0;
        int from = windows.rowStart(Part.TRAIN);
        int to = windows.rowEnd(Part.TRAIN);
        for (int r = from; r < to; r++) {
            mean += series[r];
        }
        mean /= to - from;
        int p = length + 1;
        double[][] a = new double[p][p + 1];
        double[] x = new double[p];
        for (int w = 0; w < n; w++) {
            int start = windows.windowStart(Part.TRAIN, w);
            for (int i = 0; i < length; i++) {
                x[i] = series[start + i] - mean;
            }
            x[length] = 1;
            double y = truth(Part.TRAIN, w) - mean;
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    a[i][j] += x[i] * x[j];
                }
                a[i][p] += x[i] * y;
            }
        }
        for (int i = 0; i < p; i++) {
            a[i][i] += RIDGE * Math.max(1, a[i][i]);
        }
        double[] beta = solve(a);
        double slopeSum = 0;
        for (int i = 0; i < length; i++) {
            slopeSum += beta[i];
        }
        // back to raw units: y - m = sum b_i (x_i - m) + c  =>  y = sum b_i x_i + c + m (1 - sum b_i)
        beta[length] = beta[length] + mean * (1 - slopeSum);
        return beta;
    }

    /** Gaussian elimination with partial pivoting on an augmented matrix [A | b]. */
    static double[] solve(double[][] augmented) {
        int p = augmented.length;
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                if (Math.abs(augmented[r][col]) > Math.abs(augmented[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = augmented[col];
            augmented[col] = augmented[pivot];
            augmented[pivot] = swap;
            double diagonal = augmented[col][col];
            if (diagonal == 0) {
                throw new ArithmeticException("singular normal equations at column " + col);
            }
            for (int r = col + 1; r < p; r++) {
                double factor = augmented[r][col] / diagonal;
                if (factor != 0) {
                    for (int c = col; c <= p; c++) {
                        augmented[r][c] -= factor * augmented[col][c];
                    }
                }
            }
        }
        double[] solution = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double sum = augmented[r][p];
            for (int c = r + 1; c < p; c++) {
                sum -= augmented[r][c] * solution[c];
            }
            solution[r] = sum / augmented[r][r];
        }
        return solution;
    }
}
