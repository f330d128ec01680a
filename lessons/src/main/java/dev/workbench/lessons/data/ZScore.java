package dev.workbench.lessons.data;

import java.util.Arrays;

/**
 * Per-column z-score scaling, {@code (v - mean) / std}, with statistics fitted on the training rows
 * only: statistics taken from validation or test rows would leak the future into training.
 * The inverse turns predictions and errors back into the series' own unit. A column that is
 * constant over the training rows gets {@code std = 1}, so scaling never divides by zero.
 */
public record ZScore(double[] mean, double[] std) {
    public ZScore {
        if (mean.length != std.length) {
            throw new IllegalArgumentException(mean.length + " means but " + std.length + " deviations");
        }
        mean = mean.clone();
        std = std.clone();
    }

    /** Mean and population standard deviation of each column over rows {@code from..to-1}. */
    public static ZScore fit(Series series, int from, int to) {
        if (from < 0 || to > series.length() || to - from < 1) {
            throw new IllegalArgumentException("cannot fit on rows " + from + ".." + (to - 1) + " of " + series.length());
        }
        int columns = series.columnCount();
        double[] mean = new double[columns];
        double[] std = new double[columns];
        for (int c = 0; c < columns; c++) {
            double sum = 0;
            for (int r = from; r < to; r++) {
                sum += series.value(c, r);
            }
            mean[c] = sum / (to - from);
            double squares = 0;
            for (int r = from; r < to; r++) {
                double d = series.value(c, r) - mean[c];
                squares += d * d;
            }
            double sd = Math.sqrt(squares / (to - from));
            std[c] = sd > 0 ? sd : 1;
        }
        return new ZScore(mean, std);
    }

    /** Mean and population standard deviation of each column over all {@code rows} (every row as long as the first). */
    public static ZScore fit(float[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("cannot fit on no rows");
        }
        int columns = rows[0].length;
        double[] mean = new double[columns];
        double[] std = new double[columns];
        for (float[] row : rows) {
            for (int c = 0; c < columns; c++) {
                mean[c] += row[c];
            }
        }
        for (int c = 0; c < columns; c++) {
            mean[c] /= rows.length;
        }
        for (float[] row : rows) {
            for (int c = 0; c < columns; c++) {
                double d = row[c] - mean[c];
                std[c] += d * d;
            }
        }
        for (int c = 0; c < columns; c++) {
            double sd = Math.sqrt(std[c] / rows.length);
            std[c] = sd > 0 ? sd : 1;
        }
        return new ZScore(mean, std);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ZScore z && Arrays.equals(mean, z.mean) && Arrays.equals(std, z.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "ZScore[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }

    public double scale(double value, int column) {
        return (value - mean[column]) / std[column];
    }

    public double unscale(double scaled, int column) {
        return scaled * std[column] + mean[column];
    }

    /** A difference (an error, an RMSE) in scaled units back in the column's unit: no shift. */
    public double unscaleError(double scaledError, int column) {
        return scaledError * std[column];
    }
}
