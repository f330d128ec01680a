package dev.workbench.lessons.data;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * Mini-batches of images shaped [batch, 1, rows, cols] with one-hot labels, in a seeded shuffled
 * order that changes every {@link #reset()} (epoch) but is the same for the same seed. A last
 * partial batch is dropped so every update sees the same batch size.
 */
public final class ImageBatchIterator extends ShuffledBatchIterator {
    private final LabeledImages images;

    public ImageBatchIterator(LabeledImages images, int batchSize, boolean shuffle, long seed) {
        super(images.size(), batchSize, shuffle, seed);
        this.images = images;
    }

    @Override
    DataSet assemble(int[] indices) {
        int count = indices.length;
        int size = images.imageSize();
        int classes = images.classNames().size();
        float[] features = new float[count * size];
        float[] labels = new float[count * classes];
        for (int i = 0; i < count; i++) {
            images.copyImage(indices[i], features, i * size);
            labels[i * classes + images.label(indices[i])] = 1f;
        }
        INDArray x = Nd4j.create(features, new long[]{count, 1, images.rows(), images.cols()});
        INDArray y = Nd4j.create(labels, new long[]{count, classes});
        return new DataSet(x, y);
    }

    @Override
    public int inputColumns() {
        return images.imageSize();
    }

    @Override
    public int totalOutcomes() {
        return images.classNames().size();
    }

    @Override
    public List<String> getLabels() {
        return images.classNames();
    }
}
