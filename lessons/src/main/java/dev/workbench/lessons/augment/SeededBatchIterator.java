package dev.workbench.lessons.augment;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * Wraps an iterator and changes each batch on the caller's thread with a generator derived from
 * (seed, pass, batch) by {@link FeedPosition#batchRandom(long, long, long)}: pass {@code p} counts
 * {@link #reset()} calls, batch {@code b} counts {@link #next()} calls within the pass. The same seed
 * thus replays the same batches, each pass gets fresh ones, and {@link Augmentation#asFed} shows any
 * sample exactly as fed.
 *
 * <p>Designed for extension: subclasses say only what a batch becomes. Synchronous, unlike
 * {@link AugmentingDataSetIterator}: series windows and flat rows are cheap to change, and no
 * thread means nothing to close. A preprocessor set here runs after {@link #augment}.
 */
public abstract class SeededBatchIterator implements DataSetIterator {
    private final DataSetIterator source;
    private final long seed;
    private long pass;
    private long batch;
    private DataSetPreProcessor preProcessor;

    protected SeededBatchIterator(DataSetIterator source, long seed) {
        if (source == null) {
            throw new IllegalArgumentException("Source iterator must not be null");
        }
        this.source = source;
        this.seed = seed;
    }

    /** The new batch; {@code batch} comes from the source and must not be modified in place. */
    protected abstract DataSet augment(DataSet batch, Random random);

    public long seed() {
        return seed;
    }

    /** Number of {@link #reset()} calls so far: the pass the next batch belongs to. */
    public long pass() {
        return pass;
    }

    /** Index within the pass of the batch {@link #next()} returns next. */
    public long nextBatchIndex() {
        return batch;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public DataSet next() {
        if (!source.hasNext()) {
            throw new NoSuchElementException("No more batches in this pass; call reset() to start another");
        }
        DataSet fromSource = source.next();
        DataSet augmented = augment(fromSource, FeedPosition.batchRandom(seed, pass, batch));
        batch++;
        if (preProcessor != null) {
            // A source such as ExistingDataSetIterator hands out the same DataSet every pass; normalizing it
            // in place would compound from pass to pass.
            if (augmented == fromSource) {
                augmented = fromSource.copy();
            }
            preProcessor.preProcess(augmented);
        }
        return augmented;
    }

    /** Not supported: the batch size is the source's. */
    @Override
    public DataSet next(int num) {
        throw new UnsupportedOperationException("Batches come from the source iterator; set the batch size there");
    }

    /** Resets the source and starts the next pass, which gets new augmentations. */
    @Override
    public void reset() {
        source.reset();
        pass++;
        batch = 0;
    }

    @Override
    public boolean resetSupported() {
        return source.resetSupported();
    }

    /**
     * False, so DL4J does not put its own prefetching wrapper around this one: the pass and batch
     * numbers that previews rely on must count exactly the caller's {@code reset()} and {@code next()}.
     */
    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public int inputColumns() {
        return source.inputColumns();
    }

    @Override
    public int totalOutcomes() {
        return source.totalOutcomes();
    }

    @Override
    public int batch() {
        return source.batch();
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
        return source.getLabels();
    }

    /** One copy into a fresh float[] in C order, whatever the array's type, order or view-ness. */
    protected static float[] toFloats(INDArray array) {
        return array.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }
}
