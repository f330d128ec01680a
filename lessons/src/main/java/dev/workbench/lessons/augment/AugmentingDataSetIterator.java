package dev.workbench.lessons.augment;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Wraps an iterator of image batches, features shaped [batch, channels, height, width] with values
 * in [0, 1], and augments every image on one background daemon thread that keeps up to two
 * batches ready. Labels, masks and metadata pass through untouched; each image
 * stays at its index, so it stays with its label row.
 *
 * <p>Deterministic: batch {@code b} of pass {@code p} (0 at first, +1 per {@link #reset()}) is
 * augmented with a generator derived from (seed, p, b). The same seed therefore gives the same
 * batches in the same order, while each epoch of training still sees fresh augmentations.
 *
 * <p>One consumer thread only. A preprocessor set here runs after augmentation, on the background
 * thread. {@link #close()} stops the thread; the source iterator is not closed.
 */
public final class AugmentingDataSetIterator implements DataSetIterator, AutoCloseable {
    /** Batches prepared ahead of the consumer. */
    private static final int PREFETCH = 2;
    /** How often a producer blocked on a full queue checks whether it has been told to stop. */
    private static final long STOP_CHECK_MILLIS = 20;

    private final DataSetIterator source;
    private final AugmentationPipeline pipeline;
    private final long seed;
    private final ExecutorService worker;
    private volatile DataSetPreProcessor preProcessor;

    private Pass pass;
    private Future<?> passDone;
    private long passIndex;
    private DataSet buffered;
    private boolean exhausted;
    private boolean closed;

    public AugmentingDataSetIterator(DataSetIterator source, AugmentationPipeline pipeline, long seed) {
        if (source == null || pipeline == null) {
            throw new IllegalArgumentException("Source iterator and pipeline must not be null");
        }
        this.source = source;
        this.pipeline = pipeline;
        this.seed = seed;
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "augmentation-prefetch");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public boolean hasNext() {
        ensureOpen();
        if (buffered != null) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        if (pass == null) {
            startPass();
        }
        Item item = takeItem();
        if (item instanceof Batch batch) {
            buffered = batch.dataSet();
            return true;
        }
        exhausted = true;
        if (item instanceof Failure failure) {
            throw new IllegalStateException("Reading or augmenting a batch failed: " + failure.cause().getMessage(),
                    failure.cause());
        }
        return false;
    }

    @Override
    public DataSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more batches in this pass; call reset() to start another");
        }
        DataSet next = buffered;
        buffered = null;
        return next;
    }

    /** Not supported: the batch size is the source's. */
    @Override
    public DataSet next(int num) {
        throw new UnsupportedOperationException("Batches come from the source iterator; set the batch size there");
    }

    /** Stops the background pass, resets the source and starts the next pass with new augmentations. */
    @Override
    public void reset() {
        ensureOpen();
        stopPass();
        source.reset();
        passIndex++;
        buffered = null;
        exhausted = false;
    }

    @Override
    public boolean resetSupported() {
        return source.resetSupported();
    }

    /** False: this iterator already prefetches, so DL4J must not wrap it in another async iterator. */
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

    /** Stops and releases the background thread; further use throws. Safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        stopPass();
        worker.shutdownNow();
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("This augmenting iterator has been closed");
        }
    }

    private void startPass() {
        pass = new Pass(passIndex);
        passDone = worker.submit(pass);
    }

    private void stopPass() {
        if (pass == null) {
            return;
        }
        pass.stopped = true;
        pass.queue.clear();
        try {
            passDone.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the augmentation thread", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The augmentation thread failed", e.getCause());
        } finally {
            pass = null;
            passDone = null;
        }
    }

    private Item takeItem() {
        try {
            return pass.queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an augmented batch", e);
        }
    }

    private DataSet augment(DataSet dataSet, Random random) {
        // Batches are held while the source makes the next ones, so none may live in its reusable workspace.
        dataSet.detach();
        if (pipeline.isIdentity()) {
            return dataSet;
        }
        INDArray features = dataSet.getFeatures();
        if (features.rank() != 4) {
            throw new IllegalArgumentException("Augmentation needs image features shaped [batch, channels, height,"
                    + " width], got shape " + Arrays.toString(features.shape()));
        }
        long[] shape = features.shape();
        int count = Math.toIntExact(shape[0]);
        int channels = Math.toIntExact(shape[1]);
        int height = Math.toIntExact(shape[2]);
        int width = Math.toIntExact(shape[3]);
        int imageSize = channels * height * width;
        float[] values = toFloats(features);
        for (int i = 0; i < count; i++) {
            int offset = i * imageSize;
            AugImage image = AugImage.wrap(width, height, channels,
                    Arrays.copyOfRange(values, offset, offset + imageSize));
            System.arraycopy(pipeline.apply(image, random).data(), 0, values, offset, imageSize);
        }
        DataSet augmented = new DataSet(Nd4j.create(values, shape, DataType.FLOAT), dataSet.getLabels(),
                dataSet.getFeaturesMaskArray(), dataSet.getLabelsMaskArray());
        if (dataSet.getExampleMetaData() != null) {
            augmented.setExampleMetaData(dataSet.getExampleMetaData());
        }
        return augmented;
    }

    /** One copy into a fresh float[] in NCHW order, whatever the array's type, order or view-ness. */
    private static float[] toFloats(INDArray features) {
        boolean plain = features.dataType() == DataType.FLOAT && features.ordering() == 'c' && !features.isView()
                && features.data().length() == features.length();
        INDArray contiguous = plain ? features : features.castTo(DataType.FLOAT).dup('c');
        return contiguous.data().asFloat();
    }

    private sealed interface Item permits Batch, End, Failure {
    }

    private record Batch(DataSet dataSet) implements Item {
    }

    private record End() implements Item {
    }

    private record Failure(Throwable cause) implements Item {
    }

    /** One pass over the source, run on the worker thread. */
    private final class Pass implements Runnable {
        private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(PREFETCH);
        private final long index;
        private volatile boolean stopped;

        Pass(long index) {
            this.index = index;
        }

        @Override
        public void run() {
            try {
                long passSeed = Seeds.mix(seed, index);
                for (long batch = 0; !stopped && source.hasNext(); batch++) {
                    DataSet augmented = augment(source.next(), new Random(Seeds.mix(passSeed, batch)));
                    DataSetPreProcessor processor = preProcessor;
                    if (processor != null) {
                        processor.preProcess(augmented);
                    }
                    if (!offer(new Batch(augmented))) {
                        return;
                    }
                }
                offer(new End());
            } catch (Throwable t) {
                // Handed to the consumer, which rethrows it on the training thread.
                offer(new Failure(t));
            }
        }

        /** Waits for room in the queue; false once told to stop. */
        private boolean offer(Item item) {
            try {
                while (!stopped) {
                    if (queue.offer(item, STOP_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }
}
