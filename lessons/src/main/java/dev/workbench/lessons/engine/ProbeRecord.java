package dev.workbench.lessons.engine;

import java.util.List;

/**
 * A value a live probe reports. Plain numbers only, copied out of ND4J on the training thread:
 * these records cross to the UI thread. Arrays are copied in and out so nobody can change a
 * record after it was sent.
 */
public sealed interface ProbeRecord {

    /** Which generic widget draws a record. */
    enum Kind { BARS, HEAT_ROW, IMAGES, POINTS, GRID, TEXT }

    Kind kind();

    /**
     * One value per named item, e.g. the gradient norm of each layer.
     *
     * @param logScale whether values span orders of magnitude and read best on a log axis
     */
    record Bars(List<String> labels, double[] values, String unit, boolean logScale) implements ProbeRecord {
        public Bars {
            labels = List.copyOf(labels);
            values = values.clone();
            if (labels.size() != values.length) {
                throw new IllegalArgumentException(labels.size() + " labels for " + values.length + " values");
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public Kind kind() {
            return Kind.BARS;
        }
    }

    /** One column of a heat map over time: one value per row (layer, hidden unit...). */
    record HeatRow(List<String> rows, double[] values, boolean logScale) implements ProbeRecord {
        public HeatRow {
            rows = List.copyOf(rows);
            values = values.clone();
            if (rows.size() != values.length) {
                throw new IllegalArgumentException(rows.size() + " rows for " + values.length + " values");
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public Kind kind() {
            return Kind.HEAT_ROW;
        }
    }

    /**
     * Grey-scale images with values in [0, 1], row-major, all {@code width x height}.
     *
     * @param columns images per row (e.g. 8 originals over their 8 reconstructions), or 0 to fit the space
     */
    record Images(int width, int height, List<float[]> pixels, List<String> captions, int columns) implements ProbeRecord {
        public Images(int width, int height, List<float[]> pixels, List<String> captions) {
            this(width, height, pixels, captions, 0);
        }

        public Images {
            if (columns < 0) {
                throw new IllegalArgumentException("columns must be 0 (fit) or positive: " + columns);
            }
            pixels = pixels.stream().map(float[]::clone).toList();
            captions = List.copyOf(captions);
            for (float[] image : pixels) {
                if (image.length != width * height) {
                    throw new IllegalArgumentException("image of " + image.length + " values, expected " + width * height);
                }
            }
            if (captions.size() != pixels.size()) {
                throw new IllegalArgumentException(captions.size() + " captions for " + pixels.size() + " images");
            }
        }

        @Override
        public List<float[]> pixels() {
            return pixels.stream().map(float[]::clone).toList();
        }

        @Override
        public Kind kind() {
            return Kind.IMAGES;
        }
    }

    /** Points in the plane, each in a group (class, real/generated...) named by {@code groups}. */
    record Points(double[] x, double[] y, int[] group, List<String> groups) implements ProbeRecord {
        public Points {
            x = x.clone();
            y = y.clone();
            group = group.clone();
            groups = List.copyOf(groups);
            if (x.length != y.length || x.length != group.length) {
                throw new IllegalArgumentException("x, y and group must have the same length");
            }
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }

        @Override
        public int[] group() {
            return group.clone();
        }

        @Override
        public Kind kind() {
            return Kind.POINTS;
        }
    }

    /**
     * Values on a regular grid over a rectangle, row-major from (xMin, yMin): a decision boundary,
     * a discriminator's output.
     */
    record Grid(int columns, int rows, double xMin, double xMax, double yMin, double yMax, double[] values)
            implements ProbeRecord {
        public Grid {
            values = values.clone();
            if (values.length != columns * rows) {
                throw new IllegalArgumentException(values.length + " values for a " + columns + "x" + rows + " grid");
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public Kind kind() {
            return Kind.GRID;
        }
    }

    /** Text, e.g. a sample a character model wrote. */
    record Text(String text) implements ProbeRecord {
        @Override
        public Kind kind() {
            return Kind.TEXT;
        }
    }

    /** Numbers this record contributes to the run-history CSV, as (column suffix, value). */
    static List<java.util.Map.Entry<String, Double>> numbers(ProbeRecord record) {
        if (record instanceof Bars bars) {
            return zip(bars.labels(), bars.values);
        }
        if (record instanceof HeatRow row) {
            return zip(row.rows(), row.values);
        }
        return List.of();
    }

    private static List<java.util.Map.Entry<String, Double>> zip(List<String> labels, double[] values) {
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> java.util.Map.entry(labels.get(i), values[i])).toList();
    }
}
