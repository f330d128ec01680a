package dev.workbench.lessons.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a labelled table in scikit-learn's bundled-CSV format (e.g. {@code breast_cancer.csv}):
 * a first line {@code rows,features,class0,class1,...}, then one line per row with the feature
 * values and, last, the class as an integer index into the class names. There are no column names
 * in the file; the caller gives them. Every problem is a {@link DatasetException} naming the file,
 * the line and what is wrong: missing or empty file, a bad first line, a row with the wrong number
 * of cells, a cell that is not a finite number, a class outside the named ones, more or fewer rows
 * than the first line promises.
 */
public final class LabeledTableCsv {
    /** Larger files are refused rather than read into memory. */
    public static final long MAX_BYTES = 16L << 20;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    private LabeledTableCsv() {
    }

    public static LabeledTable read(Path file, List<String> columns) throws DatasetException {
        String text = TextFiles.readUtf8(file, MAX_BYTES);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new DatasetException(file, "is empty: expected a first line 'rows,features,class names...'");
        }
        List<String> header = SeriesCsv.cells(lines.get(0), file, 1);
        if (header.size() < 4 || !COUNT.matcher(header.get(0)).matches() || !COUNT.matcher(header.get(1)).matches()) {
            throw new DatasetException(file, "line 1: expected 'rows,features,class names...' (at least two classes), "
                    + "found '" + lines.get(0) + "'");
        }
        int rowCount = Integer.parseInt(header.get(0));
        int featureCount = Integer.parseInt(header.get(1));
        if (featureCount != columns.size()) {
            throw new DatasetException(file, "line 1: says " + featureCount + " features, expected " + columns.size());
        }
        List<String> classNames = header.subList(2, header.size());
        if (lines.size() - 1 != rowCount) {
            throw new DatasetException(file, "line 1 promises " + rowCount + " rows, but the file has " + (lines.size() - 1));
        }
        float[][] rows = new float[rowCount][featureCount];
        int[] labels = new int[rowCount];
        for (int r = 0; r < rowCount; r++) {
            int lineNumber = r + 2;
            List<String> cells = SeriesCsv.cells(lines.get(r + 1), file, lineNumber);
            if (cells.size() != featureCount + 1) {
                throw new DatasetException(file, "line " + lineNumber + ": has " + cells.size() + " cells, expected "
                        + (featureCount + 1) + " (" + featureCount + " features and the class)");
            }
            for (int c = 0; c < featureCount; c++) {
                rows[r][c] = number(cells.get(c), columns.get(c), file, lineNumber);
            }
            labels[r] = label(cells.get(featureCount), classNames, file, lineNumber);
        }
        return new LabeledTable(columns, rows, labels, classNames);
    }

    private static float number(String cell, String column, Path file, int lineNumber) throws DatasetException {
        if (!NUMBER.matcher(cell).matches()) {
            throw new DatasetException(file, "line " + lineNumber + ": '" + cell + "' in column '" + column
                    + "' is not a number");
        }
        float value = Float.parseFloat(cell);
        if (!Float.isFinite(value)) {
            throw new DatasetException(file, "line " + lineNumber + ": '" + cell + "' in column '" + column
                    + "' is too large");
        }
        return value;
    }

    private static int label(String cell, List<String> classNames, Path file, int lineNumber) throws DatasetException {
        if (!COUNT.matcher(cell).matches() || Integer.parseInt(cell) >= classNames.size()) {
            throw new DatasetException(file, "line " + lineNumber + ": class '" + cell + "' is not one of 0 to "
                    + (classNames.size() - 1) + " (" + String.join(", ", classNames) + ")");
        }
        return Integer.parseInt(cell);
    }
}
