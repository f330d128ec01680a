package dev.workbench.lessons.data;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Random;

/**
 * Mini-batches of images shaped [batch, 1, rows, cols] with one-hot labels, in a seeded shuffled
 * order that changes every {@link #reset()} (epoch) but is the same for the same seed.
 */
public final class ImageBatchIterator implements DataSetIterator {
    private final LabeledImages images;
    private final int batchSize;
    private final boolean shuffle;
    private final Random random;
    private final int[] order;
    private int cursor;
    private DataSetPreProcessor preProcessor;

    public ImageBatchIterator(LabeledImages images, int batchSize, boolean shuffle, long seed) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.images = images;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.random = new Random(seed);
        this.order = new int[images.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        reset();
    }

    /** Whole batches per pass; a last partial batch is dropped so every update sees the same batch size. */
    public int batchesPerEpoch() {
        return Math.max(1, images.size() / batchSize);
    }

    @Override
    public DataSet next(int num) {
        int count = Math.min(num, images.size() - cursor);
        int size = images.imageSize();
        float[] features = new float[count * size];
        float[] labels = new float[count * images.classNames().size()];
        for (int i = 0; i < count; i++) {
            int index = order[cursor + i];
            images.copyImage(index, features, i * size);
            labels[i * images.classNames().size() + images.label(index)] = 1f;
        }
        cursor += count;
        INDArray x = Nd4j.create(features, new long[]{count, 1, images.rows(), images.cols()});
        INDArray y = Nd4j.create(labels, new long[]{count, images.classNames().size()});
        DataSet batch = new DataSet(x, y);
        if (preProcessor != null) {
            preProcessor.preProcess(batch);
        }
        return batch;
    }

    @Override
    public DataSet next() {
        return next(batchSize);
    }

    @Override
    public boolean hasNext() {
        return cursor + batchSize <= images.size() || (cursor == 0 && images.size() > 0);
    }

    @Override
    public void reset() {
        cursor = 0;
        if (shuffle) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
        }
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
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public int batch() {
        return batchSize;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        this.preProcessor = preProcessor;
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    @Override
    public List<String> getLabels() {
        return images.classNames();
    }
}
