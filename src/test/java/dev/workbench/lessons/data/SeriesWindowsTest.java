package dev.workbench.lessons.data;

import dev.workbench.lessons.data.SeriesWindows.LabelLayout;
import dev.workbench.lessons.data.SeriesWindows.Part;
import dev.workbench.lessons.engine.LessonException;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesWindowsTest {
    /** A series whose value is its row number, so every scaled value can be traced back to its row. */
    private static Series rowNumbers(int rows) {
        double[] v = new double[rows];
        for (int r = 0; r < rows; r++) {
            v[r] = r;
        }
        return new Series("rows", List.of("v"), new double[][]{v}, List.of(), 0);
    }

    @Test
    void windowsNeverCrossSplitBoundaries() throws Exception {
        WindowSpec spec = new WindowSpec(5, 2, 3, List.of());
        SeriesWindows windows = SeriesWindows.of(rowNumbers(100), spec, new TimeSplit(0.6, 0.2));
        assertEquals(9, spec.span());
        assertEquals(52, windows.windowCount(Part.TRAIN));
        assertEquals(12, windows.windowCount(Part.VALIDATION));
        assertEquals(12, windows.windowCount(Part.TEST));
        for (Part part : Part.values()) {
            DataSet all = windows.dataSet(part, LabelLayout.LAST_STEP);
            double[][] rows = rowsOf(windows, all.getFeatures().reshape(all.numExamples(), 5).toDoubleMatrix());
            double[][] targets = rowsOf(windows, all.getLabels().toDoubleMatrix());
            for (int w = 0; w < rows.length; w++) {
                double first = rows[w][0];
                double last = targets[w][targets[w].length - 1];
                assertTrue(first >= windows.rowStart(part) && last < windows.rowEnd(part),
                        part + " window " + w + " uses rows " + first + ".." + last
                                + " outside " + windows.rowStart(part) + ".." + (windows.rowEnd(part) - 1));
            }
        }
        assertEquals(60, windows.rowEnd(Part.TRAIN));
        assertEquals(80, windows.rowEnd(Part.VALIDATION));
    }

    @Test
    void labelsAreTheValuesHorizonStepsAfterTheWindow() throws Exception {
        SeriesWindows windows = SeriesWindows.of(rowNumbers(60), new WindowSpec(4, 3, 2, List.of()), new TimeSplit(0.5, 0.25));
        DataSet train = windows.dataSet(Part.TRAIN, LabelLayout.LAST_STEP);
        assertArrayEquals(new long[]{windows.windowCount(Part.TRAIN), 1, 4}, train.getFeatures().shape());
        assertArrayEquals(new long[]{windows.windowCount(Part.TRAIN), 2}, train.getLabels().shape());
        double[][] inputs = rowsOf(windows, train.getFeatures().reshape(train.numExamples(), 4).toDoubleMatrix());
        double[][] targets = rowsOf(windows, train.getLabels().toDoubleMatrix());
        for (int w = 0; w < inputs.length; w++) {
            assertArrayEquals(new double[]{w, w + 1, w + 2, w + 3}, inputs[w], 1e-4);
            assertArrayEquals(new double[]{w + 3 + 3, w + 3 + 4}, targets[w], 1e-4, "value at t+H and t+H+1");
            assertEquals(w + 6, windows.targetRow(Part.TRAIN, w, 0));
        }
    }

    @Test
    void normalisationUsesTrainingStatisticsOnly() throws Exception {
        double[] calm = new double[200];
        double[] shifted = new double[200];
        for (int r = 0; r < 200; r++) {
            calm[r] = 10 + Math.sin(r / 5.0);
            shifted[r] = r < 140 ? calm[r] : calm[r] + 1_000;
        }
        TimeSplit split = new TimeSplit(0.7, 0.0);
        WindowSpec spec = WindowSpec.of(8, 1);
        SeriesWindows a = SeriesWindows.of(new Series("calm", List.of("v"), new double[][]{calm}, List.of(), 0), spec, split);
        SeriesWindows b = SeriesWindows.of(new Series("shift", List.of("v"), new double[][]{shifted}, List.of(), 0), spec, split);

        double mean = Arrays.stream(calm, 0, 140).average().orElseThrow();
        double var = Arrays.stream(calm, 0, 140).map(v -> (v - mean) * (v - mean)).sum() / 140;
        assertEquals(mean, b.scaler().mean()[0], 1e-12, "the scaler's mean is the training part's");
        assertEquals(Math.sqrt(var), b.scaler().std()[0], 1e-12, "the scaler's std is the training part's");
        assertArrayEquals(a.scaler().mean(), b.scaler().mean(), "a shift in the test part does not move the scaler");
        assertArrayEquals(a.dataSet(Part.TRAIN, LabelLayout.LAST_STEP).getFeatures().dup().data().asFloat(),
                b.dataSet(Part.TRAIN, LabelLayout.LAST_STEP).getFeatures().dup().data().asFloat());
        float testValue = b.dataSet(Part.TEST, LabelLayout.LAST_STEP).getLabels().getFloat(0, 0);
        assertTrue(testValue > 100, "the shifted test part stays far from 0 in training units: " + testValue);
        assertEquals(shifted[140 + 8], b.scaler().unscale(testValue, 0), 1e-2, "the inverse gives the series' own unit");
        assertEquals(2 * b.scaler().std()[0], b.scaler().unscaleError(2, 0), 1e-12);
    }

    @Test
    void multivariateWindowsPredictTheChosenColumn() throws Exception {
        double[] a = new double[50];
        double[] b = new double[50];
        for (int r = 0; r < 50; r++) {
            a[r] = r;
            b[r] = -3 * r;
        }
        Series series = new Series("two", List.of("a", "b"), new double[][]{a, b}, List.of(), 0);
        SeriesWindows windows = SeriesWindows.of(series, new WindowSpec(6, 1, 1, List.of("b")), new TimeSplit(0.6, 0.2));
        DataSet batch = windows.iterator(Part.VALIDATION, 4, LabelLayout.LAST_STEP, 1).next();
        assertArrayEquals(new long[]{4, 2, 6}, batch.getFeatures().shape());
        assertArrayEquals(new long[]{4, 1}, batch.getLabels().shape());
        assertEquals(1, windows.outputColumn(0));
        float label = batch.getLabels().getFloat(0, 0);
        assertEquals(-3.0 * (30 + 6), windows.scaler().unscale(label, 1), 1e-3, "validation starts at row 30, in time order");
        LessonException unknown = assertThrows(LessonException.class,
                () -> SeriesWindows.of(series, new WindowSpec(6, 1, 1, List.of("c")), TimeSplit.DEFAULT));
        assertTrue(unknown.getMessage().contains("no column 'c'"), unknown.getMessage());
    }

    @Test
    void sequenceLabelsCarryTheTargetAtTheLastStepUnderAMask() throws Exception {
        SeriesWindows windows = SeriesWindows.of(rowNumbers(80), WindowSpec.of(10, 1), TimeSplit.DEFAULT);
        DataSet last = windows.dataSet(Part.TRAIN, LabelLayout.LAST_STEP);
        DataSet sequence = windows.dataSet(Part.TRAIN, LabelLayout.SEQUENCE);
        int n = windows.windowCount(Part.TRAIN);
        assertArrayEquals(new long[]{n, 1, 10}, sequence.getLabels().shape());
        assertArrayEquals(new long[]{n, 10}, sequence.getLabelsMaskArray().shape());
        INDArray mask = sequence.getLabelsMaskArray();
        assertEquals(n, mask.sumNumber().intValue(), "one unmasked step per window");
        assertEquals(n, mask.getColumn(9).sumNumber().intValue(), "the unmasked step is the last");
        assertArrayEquals(last.getLabels().dup().data().asFloat(),
                sequence.getLabels().get(NDArrayIndex.all(),
                        NDArrayIndex.point(0),
                        NDArrayIndex.point(9)).dup().data().asFloat());
    }

    @Test
    void trainingIteratorShufflesWindowsPerEpochWithASeed() throws Exception {
        SeriesWindows windows = SeriesWindows.of(rowNumbers(300), WindowSpec.of(12, 1), TimeSplit.DEFAULT);
        WindowIterator iterator = windows.iterator(Part.TRAIN, 16, LabelLayout.LAST_STEP, 42);
        float[] epoch1 = iterator.next().getLabels().dup().data().asFloat();
        iterator.reset();
        float[] epoch2 = iterator.next().getLabels().dup().data().asFloat();
        assertFalse(Arrays.equals(epoch1, epoch2), "another epoch, another order");
        assertArrayEquals(epoch1, windows.iterator(Part.TRAIN, 16, LabelLayout.LAST_STEP, 42).next().getLabels().dup().data().asFloat());
        assertEquals(windows.windowCount(Part.TRAIN) / 16, iterator.batchesPerEpoch());
        float[] test = windows.iterator(Part.TEST, 16, LabelLayout.LAST_STEP, 42).next().getLabels().dup().data().asFloat();
        for (int i = 1; i < test.length; i++) {
            assertTrue(test[i] > test[i - 1], "test windows come in time order");
        }
    }

    @Test
    void aPartTooShortForOneWindowIsRefused() {
        LessonException e = assertThrows(LessonException.class,
                () -> SeriesWindows.of(rowNumbers(100), WindowSpec.of(20, 1), new TimeSplit(0.7, 0.15)));
        assertTrue(e.getMessage().contains("validation part of rows has 15 rows, too few for one window"), e.getMessage());
    }

    /** Features or labels back in row numbers (the series is its own row index), rounded from float. */
    private static double[][] rowsOf(SeriesWindows windows, double[][] scaled) {
        double[][] rows = new double[scaled.length][];
        for (int i = 0; i < scaled.length; i++) {
            rows[i] = Arrays.stream(scaled[i]).map(v -> Math.rint(windows.scaler().unscale(v, 0))).toArray();
        }
        return rows;
    }
}
