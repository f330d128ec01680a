package dev.workbench.lessons.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.augment.noise.NoiseCorruption;
import dev.workbench.lessons.augment.noise.NoiseCorruptionText;
import dev.workbench.lessons.augment.noise.NoiseKind;
import dev.workbench.lessons.augment.noise.NoisyInputIterator;
import dev.workbench.lessons.augment.noise.ValueRange;
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

class NoiseCorruptionTest {
    private static final long SEED = 5;
    private static final int SIZE = 1_000;

    /** Values strictly inside (0, 1), so any salt, pepper or mask shows. */
    private static float[] pixels(long seed, int size) {
        Random random = new Random(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = 0.05f + 0.9f * random.nextFloat();
        }
        return values;
    }

    private static NoiseCorruption images(NoiseKind kind, double strength) {
        return NoiseCorruption.forImages(new KindSpec<>(kind, strength, 1));
    }

    @Test
    void saltAndPepperChangesTheRequestedFractionToBlackOrWhite() {
        float[] clean = pixels(1, SIZE);
        float[] noisy = images(NoiseKind.SALT_AND_PEPPER, 0.2).apply(clean, new Random(SEED));
        int changed = 0;
        int salt = 0;
        for (int i = 0; i < SIZE; i++) {
            if (noisy[i] != clean[i]) {
                changed++;
                assertTrue(noisy[i] == 0 || noisy[i] == 1, "salt or pepper, got " + noisy[i]);
                salt += noisy[i] == 1 ? 1 : 0;
            }
        }
        assertEquals(200, changed);
        assertTrue(salt > 70 && salt < 130, "about half salt, got " + salt + " of 200");
    }

    @Test
    void maskingZeroesTheRequestedFraction() {
        float[] clean = pixels(2, SIZE);
        float[] noisy = images(NoiseKind.MASKING, 0.3).apply(clean, new Random(SEED));
        int zeroed = 0;
        for (int i = 0; i < SIZE; i++) {
            if (noisy[i] == 0) {
                zeroed++;
            } else {
                assertEquals(clean[i], noisy[i], "unmasked values stay as they were");
            }
        }
        assertEquals(300, zeroed);
    }

    @Test
    void gaussianNoiseOnImagesIsClippedToZeroOne() {
        float[] clean = pixels(3, SIZE);
        float[] noisy = images(NoiseKind.GAUSSIAN, 0.5).apply(clean, new Random(SEED));
        int atEdge = 0;
        for (float value : noisy) {
            assertTrue(value >= 0 && value <= 1, "clipped to [0, 1], got " + value);
            atEdge += value == 0 || value == 1 ? 1 : 0;
        }
        assertTrue(atEdge > 100, "strong noise should hit the edges often, got " + atEdge);
    }

    @Test
    void gaussianNoiseOnUnclippedRowsHasTheRequestedSigma() {
        float[] zeros = new float[10_000];
        NoiseCorruption rows = new NoiseCorruption(KindSpecs.of(new KindSpec<>(NoiseKind.GAUSSIAN, 0.3, 1)),
                ValueRange.unclipped(-3, 3));
        float[] noisy = rows.apply(zeros, new Random(SEED));
        double squares = 0;
        boolean negative = false;
        for (float value : noisy) {
            squares += value * value;
            negative |= value < 0;
        }
        assertTrue(negative, "unclipped noise goes below 0");
        assertEquals(0.3, Math.sqrt(squares / noisy.length), 0.01);
    }

    @Test
    void corruptingNeverModifiesTheCleanSample() {
        float[] clean = pixels(4, SIZE);
        float[] copy = clean.clone();
        NoiseCorruption all = NoiseCorruptionText.parse("gaussian:0.2@1,salt-and-pepper:0.1@1,masking:0.3@1", ValueRange.UNIT);
        float[] noisy = all.apply(clean, new Random(SEED));
        assertArrayEquals(copy, clean);
        assertFalse(Arrays.equals(clean, noisy));
        assertEquals(noisy.length, clean.length);
    }

    @Test
    void noisyIteratorLabelsEqualTheCleanInputAndFeaturesAreTheCorruptionAsFed() {
        int batch = 5;
        int width = 16;
        List<DataSet> batches = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            batches.add(new DataSet(Nd4j.create(pixels(10 + b, batch * width), new long[] {batch, width}, DataType.FLOAT),
                    Nd4j.zeros(DataType.FLOAT, batch, 3)));
        }
        NoiseCorruption masking = NoiseCorruptionText.parse("masking:0.25@1", ValueRange.UNIT);
        NoisyInputIterator iterator = new NoisyInputIterator(new ExistingDataSetIterator(batches), masking, SEED);
        iterator.next();
        iterator.reset();
        for (int b = 0; b < batches.size(); b++) {
            DataSet fed = iterator.next();
            float[] clean = floats(batches.get(b).getFeatures());
            assertArrayEquals(clean, floats(fed.getLabels()), "labels are the clean input");
            float[] noisy = floats(fed.getFeatures());
            for (int i = 0; i < batch; i++) {
                float[] cleanRow = Arrays.copyOfRange(clean, i * width, (i + 1) * width);
                float[] expected = masking.asFed(cleanRow, new FeedPosition(SEED, 1, b, i));
                assertArrayEquals(expected, Arrays.copyOfRange(noisy, i * width, (i + 1) * width), "row " + i);
                assertEquals(4, count(expected, 0f), "a quarter of 16 values masked");
            }
        }
    }

    @Test
    void noisyIteratorCorruptsImagesOfAnyRankAsFlatVectors() {
        float[] clean = pixels(20, 2 * 3 * 4 * 4);
        DataSet images = new DataSet(Nd4j.create(clean, new long[] {2, 3, 4, 4}, DataType.FLOAT),
                Nd4j.zeros(DataType.FLOAT, 2, 10));
        NoiseCorruption saltAndPepper = images(NoiseKind.SALT_AND_PEPPER, 0.5);
        DataSet fed = new NoisyInputIterator(new ExistingDataSetIterator(List.of(images)), saltAndPepper, SEED).next();
        assertArrayEquals(new long[] {2, 3, 4, 4}, fed.getFeatures().shape());
        assertArrayEquals(new long[] {2, 3, 4, 4}, fed.getLabels().shape());
        assertArrayEquals(clean, floats(fed.getLabels()));
        float[] second = Arrays.copyOfRange(floats(fed.getFeatures()), 48, 96);
        assertArrayEquals(saltAndPepper.asFed(Arrays.copyOfRange(clean, 48, 96), new FeedPosition(SEED, 0, 0, 1)), second);
        assertEquals(24, count(second, 0f) + count(second, 1f));
    }

    private static int count(float[] values, float target) {
        int count = 0;
        for (float value : values) {
            count += value == target ? 1 : 0;
        }
        return count;
    }

    private static float[] floats(INDArray array) {
        return array.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }
}
