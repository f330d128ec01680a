package dev.workbench.lessons.data;

import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * The bookkeeping every mini-batch iterator here shares: a seeded order over {@code size} examples,
 * reshuffled at each {@link #reset()} (epoch), the same for the same seed; subclasses only build
 * the batch for the chosen example indices. Like {@link ImageBatchIterator}, a pass hands out whole
 * batches and drops a last partial one, except that a set smaller than one batch gives one batch.
 */
abstract class ShuffledBatchIterator implements DataSetIterator {
    private final int size;
    private final int batchSize;
    private final boolean shuffle;
    private final Random random;
    private final int[] order;
    private int cursor;
    private DataSetPreProcessor preProcessor;

    ShuffledBatchIterator(int size, int batchSize, boolean shuffle, long seed) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.size = size;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.random = new Random(seed);
        this.order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        reset();
    }

    /** The batch for these example indices, in this order. */
    abstract DataSet assemble(int[] indices);

    /** Whole batches per pass (at least one). */
    public int batchesPerEpoch() {
        return Math.max(1, size / batchSize);
    }

    /**
     * Where example {@code example} sits in this pass's order (0 = first fed), or -1 when there is
     * no such example; with the batch size it says which batch of the pass carries it.
     */
    public int positionInPass(int example) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == example) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public DataSet next(int num) {
        if (cursor >= size) {
            throw new NoSuchElementException("no examples left in this pass; call reset()");
        }
        int count = Math.min(num, size - cursor);
        int[] indices = Arrays.copyOfRange(order, cursor, cursor + count);
        cursor += count;
        DataSet batch = assemble(indices);
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
        return cursor + batchSize <= size || (cursor == 0 && size > 0);
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
}
