package dev.workbench.lessons.augment.noise;

import dev.workbench.lessons.augment.SeededBatchIterator;
import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns any iterator into a denoising autoencoder's: each batch's features, corrupted example by
 * example, become the input, and the clean features become the labels (the source's labels are
 * dropped; the feature mask, if any, masks both). Example {@code i} of batch {@code b} of pass
 * {@code p} is exactly {@code corruption.asFed(clean, new FeedPosition(seed, p, b, i))}.
 *
 * <p>Features of any rank work ([batch, n] rows or [batch, channels, height, width] images): each
 * example is corrupted as one flat vector in C order.
 */
public final class NoisyInputIterator extends SeededBatchIterator {
    private final NoiseCorruption corruption;

    public NoisyInputIterator(DataSetIterator source, NoiseCorruption corruption, long seed) {
        super(source, seed);
        if (corruption == null) {
            throw new IllegalArgumentException("Corruption must not be null");
        }
        this.corruption = corruption;
    }

    public NoiseCorruption corruption() {
        return corruption;
    }

    /** The features are the targets, so as many outcomes as the source has input columns (0 when it does not know). */
    @Override
    public int totalOutcomes() {
        return inputColumns();
    }

    @Override
    protected DataSet augment(DataSet batch, Random random) {
        INDArray features = batch.getFeatures();
        if (features.rank() < 2) {
            throw new IllegalArgumentException("Features need a batch dimension, got shape "
                    + Arrays.toString(features.shape()));
        }
        long[] shape = features.shape();
        float[] clean = toFloats(features);
        int count = Math.toIntExact(shape[0]);
        int size = count == 0 ? 0 : clean.length / count;
        float[] noisy = new float[clean.length];
        for (int i = 0; i < count; i++) {
            int offset = i * size;
            float[] corrupted = corruption.apply(Arrays.copyOfRange(clean, offset, offset + size), random);
            System.arraycopy(corrupted, 0, noisy, offset, size);
        }
        INDArray mask = batch.getFeaturesMaskArray();
        DataSet denoising = new DataSet(Nd4j.create(noisy, shape, DataType.FLOAT),
                Nd4j.create(clean, shape, DataType.FLOAT), mask, mask);
        if (batch.getExampleMetaData() != null) {
            denoising.setExampleMetaData(batch.getExampleMetaData());
        }
        return denoising;
    }
}
