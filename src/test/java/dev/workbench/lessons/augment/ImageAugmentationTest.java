package dev.workbench.lessons.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class ImageAugmentationTest {
    private static final long SEED = 3;
    private static final int IMAGE = 3 * 8 * 8;

    private static AugmentationPipeline everythingOn() {
        AugmentationPipeline pipeline = AugmentationPipeline.defaults();
        for (TransformSpec spec : pipeline.specs()) {
            pipeline = pipeline.with(spec.withEnabled(true));
        }
        return pipeline;
    }

    @Test
    void adapterPreviewsAreThePipelinesPreviews() {
        AugImage image = AugImage.of(8, 8, 3, randomPixels(1, IMAGE));
        ImageAugmentation adapter = new ImageAugmentation(everythingOn());
        assertEquals(everythingOn().previews(image, 6, SEED), adapter.previews(image, 6, SEED));
        Augmentation<AugImage> generic = adapter;
        assertEquals(everythingOn().apply(image, new Random(SEED)), generic.apply(image, new Random(SEED)));
    }

    @Test
    void asFedShowsWhatTheImageIteratorFed() {
        List<DataSet> batches = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            batches.add(new DataSet(Nd4j.create(randomPixels(10 + b, 4 * IMAGE), new long[] {4, 3, 8, 8}, DataType.FLOAT),
                    Nd4j.zeros(DataType.FLOAT, 4, 2)));
        }
        ImageAugmentation augmentation = new ImageAugmentation(everythingOn());
        try (var iterator = new AugmentingDataSetIterator(new ExistingDataSetIterator(batches), everythingOn(), SEED)) {
            iterator.next();
            float[] fed = iterator.next().getFeatures().dup('c').data().asFloat();
            float[] original = batches.get(1).getFeatures().dup('c').data().asFloat();
            for (int i = 0; i < 4; i++) {
                AugImage clean = AugImage.of(8, 8, 3, Arrays.copyOfRange(original, i * IMAGE, (i + 1) * IMAGE));
                AugImage expected = augmentation.asFed(clean, new FeedPosition(SEED, 0, 1, i));
                assertArrayEquals(expected.pixels(), Arrays.copyOfRange(fed, i * IMAGE, (i + 1) * IMAGE), "image " + i);
            }
        }
    }

    private static float[] randomPixels(long seed, int size) {
        Random random = new Random(seed);
        float[] pixels = new float[size];
        for (int i = 0; i < size; i++) {
            pixels[i] = random.nextFloat();
        }
        return pixels;
    }
}
