package dev.workbench.lessons.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

class AugIteratorTest {
    private static final long SEED = 7;
    private static final int CLASSES = 4;

    private static AugmentationPipeline everythingOn() {
        AugmentationPipeline pipeline = AugmentationPipeline.defaults();
        for (TransformSpec spec : pipeline.specs()) {
            pipeline = pipeline.with(spec.withEnabled(true));
        }
        return pipeline;
    }

    private static AugmentationPipeline flipOnly(double probability) {
        return AugmentationPipeline.of(TransformSpec.of(TransformKind.HORIZONTAL_FLIP, 0, probability));
    }

    /** Batches of random RGB 8x8 images with one-hot labels, the same for the same arguments. */
    private static List<DataSet> randomBatches(int batches, int batchSize) {
        Random random = new Random(123);
        List<DataSet> result = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            float[] pixels = new float[batchSize * 3 * 8 * 8];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = random.nextFloat();
            }
            float[] labels = new float[batchSize * CLASSES];
            for (int i = 0; i < batchSize; i++) {
                labels[i * CLASSES + random.nextInt(CLASSES)] = 1;
            }
            result.add(new DataSet(Nd4j.create(pixels, new long[] {batchSize, 3, 8, 8}, DataType.FLOAT),
                    Nd4j.create(labels, new long[] {batchSize, CLASSES}, DataType.FLOAT)));
        }
        return result;
    }

    private static AugmentingDataSetIterator augmenting(List<DataSet> batches, AugmentationPipeline pipeline, long seed) {
        return new AugmentingDataSetIterator(new ExistingDataSetIterator(batches), pipeline, seed);
    }

    private static float[] floats(INDArray array) {
        return array.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    private static List<float[]> featuresOfOnePass(DataSetIterator iterator) {
        List<float[]> features = new ArrayList<>();
        while (iterator.hasNext()) {
            features.add(floats(iterator.next().getFeatures()));
        }
        return features;
    }

    private static List<float[]> labelsOfOnePass(DataSetIterator iterator) {
        List<float[]> labels = new ArrayList<>();
        while (iterator.hasNext()) {
            labels.add(floats(iterator.next().getLabels()));
        }
        return labels;
    }

    private static void assertSameArrays(List<float[]> expected, List<float[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "batch " + i);
        }
    }

    private static boolean anyDifferent(List<float[]> first, List<float[]> second) {
        for (int i = 0; i < first.size(); i++) {
            if (!Arrays.equals(first.get(i), second.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void sameSeedGivesTheSameBatchesInTheSameOrder() {
        List<DataSet> batches = randomBatches(3, 4);
        try (var first = augmenting(batches, everythingOn(), SEED);
                var second = augmenting(batches, everythingOn(), SEED)) {
            List<float[]> firstFeatures = featuresOfOnePass(first);
            assertSameArrays(firstFeatures, featuresOfOnePass(second));
            List<float[]> original = batches.stream().map(batch -> floats(batch.getFeatures())).toList();
            assertTrue(anyDifferent(original, firstFeatures), "augmentation should change the images");
        }
    }

    @Test
    void differentSeedsGiveDifferentBatches() {
        List<DataSet> batches = randomBatches(3, 4);
        try (var first = augmenting(batches, everythingOn(), SEED);
                var second = augmenting(batches, everythingOn(), SEED + 1)) {
            assertTrue(anyDifferent(featuresOfOnePass(first), featuresOfOnePass(second)));
        }
    }

    @Test
    void labelsStayWithTheirImages() {
        // Image i has class i % 4, written as (class + 1) / 10 in its left half; its right half is 0.
        int count = 16;
        int width = 6;
        int height = 4;
        float[] pixels = new float[count * width * height];
        float[] labels = new float[count * CLASSES];
        for (int i = 0; i < count; i++) {
            int label = i % CLASSES;
            labels[i * CLASSES + label] = 1;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width / 2; x++) {
                    pixels[(i * height + y) * width + x] = (label + 1) / 10f;
                }
            }
        }
        DataSet batch = new DataSet(Nd4j.create(pixels, new long[] {count, 1, height, width}, DataType.FLOAT),
                Nd4j.create(labels, new long[] {count, CLASSES}, DataType.FLOAT));

        try (var iterator = augmenting(List.of(batch), flipOnly(0.5), SEED)) {
            DataSet augmented = iterator.next();
            float[] features = floats(augmented.getFeatures());
            float[] labelRows = floats(augmented.getLabels());
            int flipped = 0;
            for (int i = 0; i < count; i++) {
                int label = 0;
                while (labelRows[i * CLASSES + label] != 1) {
                    label++;
                }
                float code = (label + 1) / 10f;
                float left = features[i * height * width];
                float right = features[i * height * width + width - 1];
                assertTrue(left == code && right == 0 || left == 0 && right == code,
                        "image " + i + " has left " + left + ", right " + right + " but label " + label);
                flipped += right == code ? 1 : 0;
            }
            assertTrue(flipped > 0 && flipped < count, "expected some but not all images flipped, got " + flipped);
        }
    }

    @Test
    void resetReplaysTheSourceWithFreshAugmentationsReproducibly() {
        List<DataSet> batches = randomBatches(3, 4);
        try (var iterator = augmenting(batches, everythingOn(), SEED);
                var twin = augmenting(batches, everythingOn(), SEED)) {
            List<float[]> firstPass = featuresOfOnePass(iterator);
            iterator.reset();
            List<float[]> secondPass = featuresOfOnePass(iterator);
            featuresOfOnePass(twin);
            twin.reset();

            assertEquals(firstPass.size(), secondPass.size());
            assertTrue(anyDifferent(firstPass, secondPass), "each pass should get new augmentations");
            assertSameArrays(secondPass, featuresOfOnePass(twin));
        }
    }

    @Test
    void resetGivesTheSameLabelsInTheSameOrder() {
        List<DataSet> batches = randomBatches(3, 4);
        try (var iterator = augmenting(batches, everythingOn(), SEED)) {
            List<float[]> firstPass = labelsOfOnePass(iterator);
            iterator.reset();
            assertSameArrays(firstPass, labelsOfOnePass(iterator));
        }
    }

    @Test
    void resetInTheMiddleOfAPassStartsOver() {
        List<DataSet> batches = randomBatches(4, 2);
        try (var iterator = augmenting(batches, AugmentationPipeline.defaults(), SEED)) {
            iterator.next();
            iterator.reset();
            List<float[]> expected = batches.stream().map(batch -> floats(batch.getFeatures())).toList();
            assertSameArrays(expected, featuresOfOnePass(iterator));
            iterator.reset();
            assertSameArrays(expected, featuresOfOnePass(iterator));
        }
    }

    @Test
    void doubleFeaturesComeBackAugmentedAsFloat() {
        DataSet floatBatch = randomBatches(1, 3).get(0);
        DataSet doubleBatch = new DataSet(floatBatch.getFeatures().castTo(DataType.DOUBLE), floatBatch.getLabels());
        try (var iterator = augmenting(List.of(doubleBatch), flipOnly(1), SEED)) {
            INDArray features = iterator.next().getFeatures();
            assertEquals(DataType.FLOAT, features.dataType());
            float[] original = floats(floatBatch.getFeatures());
            float[] augmented = floats(features);
            for (int image = 0; image < 3; image++) {
                int offset = image * 3 * 64;
                AugImage expected = Flip.horizontal(AugImage.of(8, 8, 3,
                        Arrays.copyOfRange(original, offset, offset + 3 * 64)));
                assertArrayEquals(expected.pixels(), Arrays.copyOfRange(augmented, offset, offset + 3 * 64));
            }
        }
    }

    @Test
    void preprocessorRunsAfterAugmentation() {
        DataSet batch = randomBatches(1, 2).get(0);
        try (var iterator = augmenting(List.of(batch), flipOnly(1), SEED)) {
            iterator.setPreProcessor(dataSet -> dataSet.getFeatures().addi(1));
            float[] features = floats(iterator.next().getFeatures());
            AugImage first = AugImage.of(8, 8, 3, Arrays.copyOfRange(floats(batch.getFeatures()), 0, 3 * 64));
            assertEquals(Flip.horizontal(first).get(0, 0, 0) + 1, features[0], 1e-6);
        }
    }

    @Test
    void featuresThatAreNotImagesGiveAClearError() {
        DataSet flat = new DataSet(Nd4j.rand(DataType.FLOAT, 2, 64), Nd4j.zeros(DataType.FLOAT, 2, CLASSES));
        try (var iterator = augmenting(List.of(flat), everythingOn(), SEED)) {
            IllegalStateException error = assertThrows(IllegalStateException.class, iterator::hasNext);
            assertInstanceOf(IllegalArgumentException.class, error.getCause());
            assertTrue(error.getMessage().contains("[batch, channels, height, width]"), error.getMessage());
        }
    }

    @Test
    void closeStopsTheBackgroundThread() throws InterruptedException {
        var iterator = augmenting(randomBatches(6, 2), everythingOn(), SEED);
        assertTrue(iterator.hasNext());
        iterator.close();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (prefetchThreadAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(prefetchThreadAlive(), "the prefetch thread should end after close()");
        assertThrows(IllegalStateException.class, iterator::hasNext);
    }

    private static boolean prefetchThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("augmentation-prefetch") && thread.isAlive());
    }
}
