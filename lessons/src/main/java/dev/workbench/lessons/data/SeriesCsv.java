package dev.workbench.lessons.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads numeric columns of a comma-separated file with a header line into a {@link Series}.
 * Plain Java rather than DataVec: the project does not depend on DataVec, and a student's file
 * deserves messages that name the line and column of what is wrong. Every problem is a
 * {@link DatasetException} naming the file: missing, empty, header only, a row with the wrong
 * number of cells, a cell that is not a number, an unknown column, a missing value under
 * {@link MissingValues#REFUSE}.
 *
 * <p>The format: UTF-8 (a leading byte-order mark is skipped), LF or CRLF line ends, cells
 * separated by commas, optionally in double quotes ({@code ""} for a quote inside; a quoted cell
 * cannot span lines), spaces around a cell ignored. Blank lines at the end are ignored; a blank
 * line elsewhere is a row with one empty cell. Numbers are plain decimals such as {@code -1.5},
 * {@code 3}, {@code 2.5e-3}.
 */
public final class SeriesCsv {
    /** Larger files are refused rather than read into memory. */
    public static final long MAX_BYTES = 64L << 20;

    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private SeriesCsv() {
    }

    /** The named value columns, without a time column. */
    public static Series read(Path file, List<String> valueColumns, MissingValues missing) throws DatasetException {
        return read(file, null, valueColumns, missing);
    }

    /**
     * The named value columns and, when {@code timeColumn} is not null, that column's cells as
     * time labels.
     */
    public static Series read(Path file, String timeColumn, List<String> valueColumns, MissingValues missing)
            throws DatasetException {
        if (valueColumns.isEmpty()) {
            throw new IllegalArgumentException("choose at least one value column");
        }
        List<String> lines = lines(file);
        List<String> header = cells(lines.get(0), file, 1);
        int[] valueIndex = new int[valueColumns.size()];
        for (int c = 0; c < valueIndex.length; c++) {
            valueIndex[c] = columnIndex(header, valueColumns.get(c), file);
        }
        int timeIndex = timeColumn == null ? -1 : columnIndex(header, timeColumn, file);
        int rows = lines.size() - 1;
        if (rows == 0) {
            throw new DatasetException(file, "has a header line but no data rows");
        }
        double[][] values = new double[valueIndex.length][rows];
        List<String> times = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int lineNumber = r + 2;
            List<String> row = cells(lines.get(r + 1), file, lineNumber);
            if (row.size() != header.size()) {
                throw new DatasetException(file, "has " + row.size() + (row.size() == 1 ? " cell" : " cells")
                        + " on line " + lineNumber + ", but its header has " + header.size());
            }
            for (int c = 0; c < valueIndex.length; c++) {
                values[c][r] = number(row.get(valueIndex[c]), valueColumns.get(c), file, lineNumber, missing);
            }
            if (timeIndex >= 0) {
                times.add(row.get(timeIndex));
            }
        }
        int filled = 0;
        for (int c = 0; c < values.length; c++) {
            filled += fillGaps(values[c], valueColumns.get(c), file);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new Series(name, valueColumns, values, times, filled);
    }

    private static List<String> lines(Path file) throws DatasetException {
        String text = TextFiles.readUtf8(file, MAX_BYTES);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new DatasetException(file, "is empty: it has no header line");
        }
        return lines;
    }

    private static int columnIndex(List<String> header, String column, Path file) throws DatasetException {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new DatasetException(file, "has no column '" + column + "'; its columns are: " + String.join(", ", header));
        }
        if (header.lastIndexOf(column) != index) {
            throw new DatasetException(file, "has more than one column named '" + column + "'");
        }
        return index;
    }

    /** Splits one line into cells, honouring double quotes. */
    static List<String> cells(String line, Path file, int lineNumber) throws DatasetException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (ch == ',') {
                cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
            } else if (!(wasQuoted && Character.isWhitespace(ch))) {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new DatasetException(file, "has a quote that is not closed on line " + lineNumber);
        }
        cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
        return cells;
    }

    private static double number(String cell, String column, Path file, int lineNumber, MissingValues missing)
            throws DatasetException {
        if (MISSING.contains(cell.toLowerCase(Locale.ROOT))) {
            if (missing == MissingValues.REFUSE) {
                throw new DatasetException(file, "has a missing value " + (cell.isEmpty() ? "(an empty cell)" : "'" + cell + "'")
                        + " in column '" + column + "' on line " + lineNumber
                        + "; read it with MissingValues.INTERPOLATE to fill gaps");
            }
            return Double.NaN;
        }
        if (!NUMBER.matcher(cell).matches()) {
            throw new DatasetException(file, "has a non-numeric value '" + cell + "' in column '" + column + "' on line " + lineNumber);
        }
        double value = Double.parseDouble(cell);
        if (!Double.isFinite(value)) {
            throw new DatasetException(file, "has a value '" + cell + "' too large for a double in column '" + column + "' on line " + lineNumber);
        }
        return value;
    }

    /** Fills NaN gaps as {@link MissingValues#INTERPOLATE} documents; returns how many were filled. */
    private static int fillGaps(double[] v, String column, Path file) throws DatasetException {
        int filled = 0;
        int previous = -1;
        for (int i = 0; i <= v.length; i++) {
            if (i < v.length && Double.isNaN(v[i])) {
                continue;
            }
            int gap = i - previous - 1;
            if (gap > 0) {
                if (previous < 0 && i == v.length) {
                    throw new DatasetException(file, "has no values at all in column '" + column + "'");
                }
                for (int k = previous + 1; k < i; k++) {
                    if (previous < 0) {
                        v[k] = v[i];
                    } else if (i == v.length) {
                        v[k] = v[previous];
                    } else {
                        double t = (double) (k - previous) / (i - previous);
                        v[k] = v[previous] + t * (v[i] - v[previous]);
                    }
                }
                filled += gap;
            }
            previous = i;
        }
        return filled;
    }
}
