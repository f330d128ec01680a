package dev.workbench.lessons.augment.series;

import dev.workbench.lessons.augment.SeededBatchIterator;
import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Wraps an iterator of sequence batches, features [batch, features, time] (DL4J's NCW), and augments
 * every window with a {@link SeriesAugmentation}; labels, masks and metadata pass through untouched
 * and each window keeps its index. Window {@code i} of batch {@code b} of pass {@code p} is exactly
 * {@code augmentation.asFed(window, new FeedPosition(seed, p, b, i))}.
 *
 * <p>Meant for window classification (one label per window). Time-moving transforms are refused
 * when labels are per step or features are masked, because moving features in time but not the
 * labels or mask would teach the network the wrong step.
 */
public final class AugmentingSequenceIterator extends SeededBatchIterator {
    private final SeriesAugmentation augmentation;

    public AugmentingSequenceIterator(DataSetIterator source, SeriesAugmentation augmentation, long seed) {
        super(source, seed);
        if (augmentation == null) {
            throw new IllegalArgumentException("Augmentation must not be null");
        }
        this.augmentation = augmentation;
    }

    public SeriesAugmentation augmentation() {
        return augmentation;
    }

    @Override
    protected DataSet augment(DataSet batch, Random random) {
        if (augmentation.isIdentity()) {
            return batch;
        }
        INDArray features = batch.getFeatures();
        if (features.rank() != 3) {
            throw new IllegalArgumentException("Series augmentation needs features shaped [batch, features, time],"
                    + " got shape " + Arrays.toString(features.shape()));
        }
        if (augmentation.movesTime() && (batch.getLabels().rank() == 3 || batch.getFeaturesMaskArray() != null)) {
            throw new IllegalArgumentException("Slicing and warping move values in time, so they need one label per"
                    + " window and no feature mask; use jitter, scaling or magnitude warp for per-step labels");
        }
        long[] shape = features.shape();
        int count = Math.toIntExact(shape[0]);
        int featureCount = Math.toIntExact(shape[1]);
        int length = Math.toIntExact(shape[2]);
        int windowSize = featureCount * length;
        float[] values = toFloats(features);
        for (int i = 0; i < count; i++) {
            int offset = i * windowSize;
            SeriesWindow window = SeriesWindow.wrap(featureCount, length,
                    Arrays.copyOfRange(values, offset, offset + windowSize));
            System.arraycopy(augmentation.apply(window, random).data(), 0, values, offset, windowSize);
        }
        DataSet augmented = new DataSet(Nd4j.create(values, shape, DataType.FLOAT), batch.getLabels(),
                batch.getFeaturesMaskArray(), batch.getLabelsMaskArray());
        if (batch.getExampleMetaData() != null) {
            augmented.setExampleMetaData(batch.getExampleMetaData());
        }
        return augmented;
    }
}
