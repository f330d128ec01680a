package dev.workbench.lessons.data;

import java.util.List;

/**
 * A table of numbers, one labelled example per row, with a name for each column.
 *
 * @param columns    the feature columns' names
 * @param rows       one array of {@code columns.size()} numbers per example
 * @param labels     each row's class, an index into {@code classNames}
 * @param classNames the classes, in label order
 */
public record LabeledTable(List<String> columns, float[][] rows, int[] labels, List<String> classNames)
        implements LabeledExamples {
    public LabeledTable {
        columns = List.copyOf(columns);
        classNames = List.copyOf(classNames);
        if (rows.length != labels.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + labels.length + " labels");
        }
        float[][] copy = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, expected " + columns.size());
            }
            copy[r] = rows[r].clone();
        }
        rows = copy;
        labels = labels.clone();
        for (int label : labels) {
            if (label < 0 || label >= classNames.size()) {
                throw new IllegalArgumentException("label " + label + " outside the " + classNames.size() + " classes");
            }
        }
    }

    @Override
    public float[][] rows() {
        float[][] copy = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            copy[r] = rows[r].clone();
        }
        return copy;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int size() {
        return rows.length;
    }

    @Override
    public int featureCount() {
        return columns.size();
    }

    @Override
    public float[] features(int index) {
        return rows[index].clone();
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public LabeledTable select(int[] indices) {
        float[][] picked = new float[indices.length][];
        int[] pickedLabels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = rows[indices[i]];
            pickedLabels[i] = labels[indices[i]];
        }
        return new LabeledTable(columns, picked, pickedLabels, classNames);
    }

    /** Each column's mean and standard deviation over these rows (fit it on training rows only). */
    public ZScore columnScaling() {
        return ZScore.fit(rows);
    }

    /** The same table with every value replaced by {@code (v - mean) / std} of its column. */
    public LabeledTable scaled(ZScore scaling) {
        if (scaling.mean().length != columns.size()) {
            throw new IllegalArgumentException("scaling for " + scaling.mean().length + " columns, table has " + columns.size());
        }
        float[][] scaled = new float[rows.length][columns.size()];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.size(); c++) {
                scaled[r][c] = (float) scaling.scale(rows[r][c], c);
            }
        }
        return new LabeledTable(columns, scaled, labels, classNames);
    }
}
