package dev.workbench.lessons.data;

/**
 * Fractions of a series' rows, in time order: the first {@code train} for training, the next
 * {@code validation} for validation, the rest for testing. Never shuffled across the boundaries:
 * a model must be judged on a future it has not seen.
 */
public record TimeSplit(double train, double validation) {
    public static final TimeSplit DEFAULT = new TimeSplit(0.7, 0.15);

    public TimeSplit {
        if (!(train > 0 && validation >= 0 && train + validation <= 1)) {
            throw new IllegalArgumentException("need train > 0, validation >= 0 and train + validation <= 1: " + train + ", " + validation);
        }
    }

    public double test() {
        return Math.max(0, 1 - train - validation);
    }

    /** Row boundaries for {@code rows} rows: {trainEnd, validationEnd}; test runs to {@code rows}. */
    int[] boundaries(int rows) {
        int trainEnd = (int) Math.round(rows * train);
        int validationEnd = (int) Math.round(rows * (train + validation));
        return new int[]{trainEnd, Math.min(rows, validationEnd)};
    }
}
