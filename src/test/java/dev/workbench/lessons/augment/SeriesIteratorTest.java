package dev.workbench.lessons.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.augment.series.AugmentingSequenceIterator;
import dev.workbench.lessons.augment.series.SeriesAugmentation;
import dev.workbench.lessons.augment.series.SeriesAugmentationText;
import dev.workbench.lessons.augment.series.SeriesWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class SeriesIteratorTest {
    private static final long SEED = 42;
    private static final int FEATURES = 3;
    private static final int LENGTH = 24;
    private static final int BATCH = 4;
    private static final int CLASSES = 2;
    private static final SeriesAugmentation EVERYTHING = SeriesAugmentationText.parse("window-slice:0.2@0.7,"
            + "window-warp:0.2@0.7,time-warp:0.3@0.7,magnitude-warp:0.2@0.7,scaling:0.1@0.7,jitter:0.05@0.7");

    /** Batches of random-walk windows [BATCH, FEATURES, LENGTH] with one-hot labels; the same every call. */
    private static List<DataSet> windows(int batches) {
        Random random = new Random(123);
        List<DataSet> result = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            float[] values = new float[BATCH * FEATURES * LENGTH];
            for (int w = 0; w < BATCH * FEATURES; w++) {
                float level = 0;
                for (int t = 0; t < LENGTH; t++) {
                    level += (float) random.nextGaussian();
                    values[w * LENGTH + t] = level;
                }
            }
            float[] labels = new float[BATCH * CLASSES];
            for (int i = 0; i < BATCH; i++) {
                labels[i * CLASSES + random.nextInt(CLASSES)] = 1;
            }
            result.add(new DataSet(Nd4j.create(values, new long[] {BATCH, FEATURES, LENGTH}, DataType.FLOAT),
                    Nd4j.create(labels, new long[] {BATCH, CLASSES}, DataType.FLOAT)));
        }
        return result;
    }

    private static AugmentingSequenceIterator augmenting(List<DataSet> batches, SeriesAugmentation augmentation) {
        return new AugmentingSequenceIterator(new ExistingDataSetIterator(batches), augmentation, SEED);
    }

    private static float[] floats(INDArray array) {
        return array.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    private static SeriesWindow window(DataSet batch, int index) {
        float[] values = floats(batch.getFeatures());
        int size = FEATURES * LENGTH;
        return SeriesWindow.of(FEATURES, LENGTH, Arrays.copyOfRange(values, index * size, (index + 1) * size));
    }

    private static List<float[]> onePass(AugmentingSequenceIterator iterator) {
        List<float[]> features = new ArrayList<>();
        while (iterator.hasNext()) {
            features.add(floats(iterator.next().getFeatures()));
        }
        return features;
    }

    @Test
    void timeSeriesAugmentationPreviewEqualsWhatTheIteratorFeedsWithTheSameSeed() {
        List<DataSet> batches = windows(3);
        AugmentingSequenceIterator iterator = augmenting(batches, EVERYTHING);
        onePass(iterator);
        iterator.reset();
        iterator.next();
        DataSet fed = iterator.next();

        int changed = 0;
        int differentInPassZero = 0;
        for (int index = 0; index < BATCH; index++) {
            SeriesWindow clean = window(batches.get(1), index);
            SeriesWindow preview = EVERYTHING.asFed(clean, new FeedPosition(SEED, 1, 1, index));
            assertEquals(preview, window(fed, index), "window " + index + " of batch 1, pass 1");
            changed += preview.equals(clean) ? 0 : 1;
            differentInPassZero += preview.equals(EVERYTHING.asFed(clean, new FeedPosition(SEED, 0, 1, index))) ? 0 : 1;
        }
        assertTrue(changed > 0, "augmentation should change some windows");
        assertTrue(differentInPassZero > 0, "another pass should give other windows");
    }

    @Test
    void previewsWithABatchSeedShowABatchOfOneRepeatedWindow() {
        SeriesWindow only = window(windows(1).get(0), 0);
        float[] repeated = new float[BATCH * FEATURES * LENGTH];
        for (int i = 0; i < BATCH; i++) {
            System.arraycopy(only.values(), 0, repeated, i * FEATURES * LENGTH, FEATURES * LENGTH);
        }
        DataSet batch = new DataSet(Nd4j.create(repeated, new long[] {BATCH, FEATURES, LENGTH}, DataType.FLOAT),
                Nd4j.zeros(DataType.FLOAT, BATCH, CLASSES));
        DataSet fed = augmenting(List.of(batch), EVERYTHING).next();

        List<SeriesWindow> previews = EVERYTHING.previews(only, BATCH, FeedPosition.batchSeed(SEED, 0, 0));
        for (int i = 0; i < BATCH; i++) {
            assertEquals(previews.get(i), window(fed, i));
        }
    }

    @Test
    void labelsPassThroughUntouched() {
        List<DataSet> batches = windows(3);
        AugmentingSequenceIterator iterator = augmenting(batches, EVERYTHING);
        for (DataSet original : batches) {
            DataSet fed = iterator.next();
            assertArrayEquals(floats(original.getLabels()), floats(fed.getLabels()));
            assertArrayEquals(original.getFeatures().shape(), fed.getFeatures().shape());
        }
        assertFalse(iterator.hasNext());
    }

    @Test
    void sameSeedReplaysAndEachPassGetsFreshAugmentations() {
        List<DataSet> batches = windows(2);
        AugmentingSequenceIterator iterator = augmenting(batches, EVERYTHING);
        AugmentingSequenceIterator twin = augmenting(batches, EVERYTHING);
        List<float[]> first = onePass(iterator);
        List<float[]> twinFirst = onePass(twin);
        iterator.reset();
        List<float[]> second = onePass(iterator);

        for (int b = 0; b < first.size(); b++) {
            assertArrayEquals(first.get(b), twinFirst.get(b), "batch " + b);
        }
        assertFalse(Arrays.equals(first.get(0), second.get(0)), "a new pass should get new augmentations");
        assertEquals(1, iterator.pass());
    }

    @Test
    void noAugmentationPassesBatchesThrough() {
        DataSet batch = windows(1).get(0);
        assertSame(batch, augmenting(List.of(batch), SeriesAugmentationText.parse("none")).next());
    }

    @Test
    void aPreprocessorRunsAfterAugmentationWithoutChangingTheSource() {
        DataSet batch = windows(1).get(0);
        float[] original = floats(batch.getFeatures());
        for (SeriesAugmentation augmentation : List.of(SeriesAugmentation.none(), EVERYTHING)) {
            AugmentingSequenceIterator iterator = augmenting(List.of(batch), augmentation);
            iterator.setPreProcessor(dataSet -> dataSet.getFeatures().addi(100));
            float[] first = floats(iterator.next().getFeatures());
            iterator.reset();
            float[] second = floats(iterator.next().getFeatures());
            assertArrayEquals(original, floats(batch.getFeatures()), "the source batch stays as it was");
            float[] expected = floats(Nd4j.create(original, new long[] {BATCH, FEATURES, LENGTH}, DataType.FLOAT)
                    .addi(100));
            if (augmentation.isIdentity()) {
                assertArrayEquals(expected, first);
                assertArrayEquals(first, second, "no compounding from pass to pass");
            } else {
                assertEquals(EVERYTHING.asFed(window(batch, 0), new FeedPosition(SEED, 1, 0, 0)).get(0, 0) + 100,
                        second[0], 1e-3);
            }
        }
    }

    @Test
    void perStepLabelsRefuseTransformsThatMoveTime() {
        DataSet batch = windows(1).get(0);
        DataSet perStep = new DataSet(batch.getFeatures(), Nd4j.zeros(DataType.FLOAT, BATCH, CLASSES, LENGTH));
        var error = assertThrows(IllegalArgumentException.class,
                () -> augmenting(List.of(perStep), SeriesAugmentationText.parse("time-warp:0.2@1")).next());
        assertTrue(error.getMessage().contains("one label per window"), error.getMessage());
        DataSet jittered = augmenting(List.of(perStep), SeriesAugmentationText.parse("jitter:0.1@1")).next();
        assertEquals(perStep.getLabels(), jittered.getLabels());
    }

    @Test
    void featuresThatAreNotSequencesGiveAClearError() {
        DataSet flat = new DataSet(Nd4j.rand(DataType.FLOAT, 2, 8), Nd4j.zeros(DataType.FLOAT, 2, CLASSES));
        var error = assertThrows(IllegalArgumentException.class, () -> augmenting(List.of(flat), EVERYTHING).next());
        assertTrue(error.getMessage().contains("[batch, features, time]"), error.getMessage());
    }
}
