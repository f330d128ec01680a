package dev.workbench.lessons.data;

import java.util.Arrays;
import java.util.List;

/**
 * One or more numeric columns read from a file, row by row in time order.
 *
 * @param name        where it came from, for titles and messages
 * @param columns     the value columns' names
 * @param values      {@code values[column][row]}; copied in and out
 * @param times       the time column's cells as written (labels for an axis, not parsed), or empty
 *                    when no time column was chosen
 * @param filledCells how many missing cells {@link MissingValues#INTERPOLATE} filled
 */
public record Series(String name, List<String> columns, double[][] values, List<String> times, int filledCells) {
    public Series {
        columns = List.copyOf(columns);
        times = List.copyOf(times);
        if (values.length != columns.size() || values.length == 0) {
            throw new IllegalArgumentException(columns.size() + " column names but " + values.length + " value columns");
        }
        int length = values[0].length;
        double[][] copy = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            if (values[c].length != length) {
                throw new IllegalArgumentException("column " + columns.get(c) + " has " + values[c].length + " values, not " + length);
            }
            copy[c] = values[c].clone();
        }
        values = copy;
        if (!times.isEmpty() && times.size() != length) {
            throw new IllegalArgumentException(times.size() + " times for " + length + " rows");
        }
    }

    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            copy[c] = values[c].clone();
        }
        return copy;
    }

    public int length() {
        return values[0].length;
    }

    public int columnCount() {
        return values.length;
    }

    public double value(int column, int row) {
        return values[column][row];
    }

    public double[] column(int column) {
        return values[column].clone();
    }

    /** The position of a value column by name. */
    public int indexOf(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no value column '" + column + "'; the columns are " + columns);
        }
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Series s && name.equals(s.name) && columns.equals(s.columns)
                && Arrays.deepEquals(values, s.values) && times.equals(s.times) && filledCells == s.filledCells;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + columns.hashCode()) + Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + columns + ", " + length() + " rows, " + filledCells + " filled]";
    }
}
