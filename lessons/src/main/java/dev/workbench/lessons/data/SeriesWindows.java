package dev.workbench.lessons.data;

import dev.workbench.lessons.engine.LessonException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Locale;

/**
 * A series cut into overlapping windows (stride 1) for recurrent nets, split by time into
 * training, validation and test parts, z-scored with statistics of the training part only.
 *
 * <p>Windows never straddle a boundary: a window belongs to a part only when all its input rows
 * and all its target rows lie inside that part. The price is {@code spec.span() - 1} window
 * positions lost at each boundary; the gain is that no validation or test value is ever an input
 * or a target of a training example.
 *
 * <p>Features are [batch, columns, length] (NCW, DL4J's recurrent format), every column of the
 * series being an input. Labels are either [batch, outputs] for {@code LastTimeStep} or an
 * {@code OutputLayer} ({@link LabelLayout#LAST_STEP}), or [batch, outputs, length] with a label
 * mask [batch, length] that is 1 at the last step only, for an {@code RnnOutputLayer}
 * ({@link LabelLayout#SEQUENCE}). Output {@code o} is target column {@code o % targets} at step
 * {@code o / targets}. All values are scaled; {@link #scaler()} maps them back.
 */
public final class SeriesWindows {
    public enum Part { TRAIN, VALIDATION, TEST }

    public enum LabelLayout { LAST_STEP, SEQUENCE }

    private final Series series;
    private final WindowSpec spec;
    private final ZScore scaler;
    private final float[][] scaled;
    private final int[] targetColumns;
    private final int[] rowStart = new int[Part.values().length];
    private final int[] rowEnd = new int[Part.values().length];

    private SeriesWindows(Series series, WindowSpec spec, int[] targetColumns, int trainEnd, int validationEnd) {
        this.series = series;
        this.spec = spec;
        this.targetColumns = targetColumns;
        rowStart[Part.TRAIN.ordinal()] = 0;
        rowEnd[Part.TRAIN.ordinal()] = trainEnd;
        rowStart[Part.VALIDATION.ordinal()] = trainEnd;
        rowEnd[Part.VALIDATION.ordinal()] = validationEnd;
        rowStart[Part.TEST.ordinal()] = validationEnd;
        rowEnd[Part.TEST.ordinal()] = series.length();
        this.scaler = ZScore.fit(series, 0, trainEnd);
        this.scaled = new float[series.columnCount()][series.length()];
        for (int c = 0; c < scaled.length; c++) {
            for (int r = 0; r < series.length(); r++) {
                scaled[c][r] = (float) scaler.scale(series.value(c, r), c);
            }
        }
    }

    /**
     * Cuts {@code series} as {@code spec} says. Refused with a message for the student when a part
     * that should hold rows is too short for one window.
     */
    public static SeriesWindows of(Series series, WindowSpec spec, TimeSplit split) throws LessonException {
        List<String> names = spec.targets().isEmpty() ? series.columns() : spec.targets();
        int[] targets = new int[names.size()];
        for (int t = 0; t < targets.length; t++) {
            if (!series.columns().contains(names.get(t))) {
                throw new LessonException("The series " + series.name() + " has no column '" + names.get(t)
                        + "' to predict; its columns are " + series.columns() + ".");
            }
            targets[t] = series.indexOf(names.get(t));
        }
        int[] bounds = split.boundaries(series.length());
        int[] rows = {bounds[0], bounds[1] - bounds[0], series.length() - bounds[1]};
        for (Part part : Part.values()) {
            int n = rows[part.ordinal()];
            if ((part == Part.TRAIN || n > 0) && n < spec.span()) {
                throw new LessonException("The " + part.name().toLowerCase(Locale.ROOT) + " part of " + series.name() + " has "
                        + n + " rows, too few for one window: a window of " + spec.length() + " with horizon "
                        + spec.horizon() + " and " + spec.steps() + " target step(s) needs " + spec.span()
                        + ". Choose a shorter window or a larger part.");
            }
        }
        SeriesWindows windows = new SeriesWindows(series, spec, targets, bounds[0], bounds[1]);
        return windows;
    }

    public Series series() {
        return series;
    }

    public WindowSpec spec() {
        return spec;
    }

    /** Fitted on the training rows only. */
    public ZScore scaler() {
        return scaler;
    }

    /** Input columns per time step: every column of the series. */
    public int features() {
        return scaled.length;
    }

    /** Label columns: target columns times steps. */
    public int outputs() {
        return targetColumns.length * spec.steps();
    }

    /** The series column that output {@code o} predicts, for {@link ZScore#unscale}. */
    public int outputColumn(int output) {
        return targetColumns[output % targetColumns.length];
    }

    /** First row of a part. */
    public int rowStart(Part part) {
        return rowStart[part.ordinal()];
    }

    /** One past the last row of a part. */
    public int rowEnd(Part part) {
        return rowEnd[part.ordinal()];
    }

    public int windowCount(Part part) {
        return Math.max(0, rowEnd(part) - rowStart(part) - spec.span() + 1);
    }

    /** The first input row of window {@code window} of a part; windows are in time order. */
    public int windowStart(Part part, int window) {
        if (window < 0 || window >= windowCount(part)) {
            throw new IndexOutOfBoundsException("window " + window + " of " + windowCount(part) + " in " + part);
        }
        return rowStart(part) + window;
    }

    /** The row that output {@code output} of a window predicts, for plotting against time. */
    public int targetRow(Part part, int window, int output) {
        return windowStart(part, window) + spec.length() - 1 + spec.horizon() + output / targetColumns.length;
    }

    /** Every window of a part, in time order. */
    public DataSet dataSet(Part part, LabelLayout layout) {
        int[] all = new int[windowCount(part)];
        for (int w = 0; w < all.length; w++) {
            all[w] = w;
        }
        return assemble(part, all, layout);
    }

    /** Mini-batches of a part: shuffled per epoch with {@code seed} for training, in time order otherwise. */
    public WindowIterator iterator(Part part, int batchSize, LabelLayout layout, long seed) {
        return new WindowIterator(this, part, layout, batchSize, part == Part.TRAIN, seed);
    }

    DataSet assemble(Part part, int[] windows, LabelLayout layout) {
        int batch = windows.length;
        int columns = features();
        int length = spec.length();
        int outputs = outputs();
        boolean sequence = layout == LabelLayout.SEQUENCE;
        float[] x = new float[batch * columns * length];
        float[] y = new float[batch * outputs * (sequence ? length : 1)];
        for (int b = 0; b < batch; b++) {
            int start = windowStart(part, windows[b]);
            for (int c = 0; c < columns; c++) {
                System.arraycopy(scaled[c], start, x, (b * columns + c) * length, length);
            }
            for (int o = 0; o < outputs; o++) {
                float target = scaled[outputColumn(o)][targetRow(part, windows[b], o)];
                y[sequence ? (b * outputs + o) * length + length - 1 : b * outputs + o] = target;
            }
        }
        INDArray features = Nd4j.create(x, new long[]{batch, columns, length});
        if (!sequence) {
            return new DataSet(features, Nd4j.create(y, new long[]{batch, outputs}));
        }
        float[] mask = new float[batch * length];
        for (int b = 0; b < batch; b++) {
            mask[b * length + length - 1] = 1f;
        }
        return new DataSet(features, Nd4j.create(y, new long[]{batch, outputs, length}),
                null, Nd4j.create(mask, new long[]{batch, length}));
    }
}
