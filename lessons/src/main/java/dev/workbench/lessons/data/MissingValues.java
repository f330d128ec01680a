package dev.workbench.lessons.data;

/**
 * What {@link SeriesCsv} does with a missing value: an empty cell, {@code NA}, {@code N/A} or
 * {@code NaN} (any case). A choice the caller makes on purpose, so gaps are never filled silently.
 */
public enum MissingValues {
    /** A missing value is a {@link DatasetException} naming the file, line and column. */
    REFUSE,
    /**
     * A gap is filled on a straight line between the nearest known values before and after it, in
     * row order (rows are taken as equally spaced). A gap at the very start or end, with a known
     * value on one side only, takes that nearest value. {@link Series#filledCells()} says how many
     * cells were filled.
     */
    INTERPOLATE
}
