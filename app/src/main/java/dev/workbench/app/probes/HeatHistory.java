package dev.workbench.app.probes;

import dev.workbench.lessons.engine.ProbeRecord.HeatRow;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns a {@link HeatRowView} shows: the latest {@code capacity} {@link HeatRow}s with the
 * iteration each came from. When the rows change (another model shape) the history starts over,
 * since old columns would no longer line up. Plain data, no FX.
 */
final class HeatHistory {
    private final int capacity;
    private final List<double[]> columns = new ArrayList<>();
    private final List<Long> iterations = new ArrayList<>();
    private List<String> rows = List.of();
    private boolean logScale;

    HeatHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds one column on the right, dropping the oldest beyond the capacity. */
    void append(long iteration, HeatRow row) {
        if (!row.rows().equals(rows)) {
            clear();
            rows = row.rows();
        }
        logScale = row.logScale();
        columns.add(row.values());
        iterations.add(iteration);
        if (columns.size() > capacity) {
            columns.remove(0);
            iterations.remove(0);
        }
    }

    void clear() {
        columns.clear();
        iterations.clear();
        rows = List.of();
    }

    int capacity() {
        return capacity;
    }

    int columns() {
        return columns.size();
    }

    List<String> rows() {
        return rows;
    }

    boolean logScale() {
        return logScale;
    }

    double value(int column, int row) {
        return columns.get(column)[row];
    }

    long iteration(int column) {
        return iterations.get(column);
    }

    /** The colour scale over every column still shown. */
    ValueScale scale() {
        double[] all = new double[columns.size() * rows.size()];
        int i = 0;
        for (double[] column : columns) {
            System.arraycopy(column, 0, all, i, column.length);
            i += column.length;
        }
        return ValueScale.span(all, logScale);
    }
}
