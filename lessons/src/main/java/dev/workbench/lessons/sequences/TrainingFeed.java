package dev.workbench.lessons.sequences;

import dev.workbench.lessons.augment.FeedPosition;
import dev.workbench.lessons.augment.series.AugmentingSequenceIterator;
import dev.workbench.lessons.augment.series.SeriesAugmentation;
import dev.workbench.lessons.augment.series.SeriesWindow;
import dev.workbench.lessons.data.SeriesWindows;
import dev.workbench.lessons.data.SeriesWindows.LabelLayout;
import dev.workbench.lessons.data.SeriesWindows.Part;
import dev.workbench.lessons.data.WindowIterator;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

import java.util.ArrayList;
import java.util.List;

/**
 * How the training windows reach the network: shuffled batches, each window augmented as the
 * settings say. The session trains from {@link #iterator()}; {@link #asFed} rebuilds what one
 * window became in a given epoch from the same seeds, without training, for the augmentation preview.
 *
 * <p>One epoch is exactly one pass of the iterator: {@code startEpoch(e)} resets it for the e-th
 * time (pass e), and an epoch has as many updates as the pass has whole batches.
 */
public final class TrainingFeed {
    private final SeriesWindows windows;
    private final SeriesAugmentation augmentation;
    private final int batchSize;
    private final long seed;

    TrainingFeed(SeriesWindows windows, SeriesAugmentation augmentation, int batchSize, long seed) {
        this.windows = windows;
        this.augmentation = augmentation;
        this.batchSize = Math.min(batchSize, windows.windowCount(Part.TRAIN));
        this.seed = seed;
    }

    /** What one training window was fed as in one epoch (pass), at which batch and row. */
    public record FedWindow(int epoch, int batch, int row, double[] values) {
        public FedWindow {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    public int batchSize() {
        return batchSize;
    }

    public int trainingWindows() {
        return windows.windowCount(Part.TRAIN);
    }

    /** Updates per epoch: the whole batches of one pass. */
    public int iterationsPerEpoch() {
        return plainIterator().batchesPerEpoch();
    }

    /** The batches training fits, augmented when the settings ask for it. */
    public DataSetIterator iterator() {
        WindowIterator plain = plainIterator();
        return augmentation.isIdentity() ? plain : new AugmentingSequenceIterator(plain, augmentation, seed);
    }

    private WindowIterator plainIterator() {
        return windows.iterator(Part.TRAIN, batchSize, LabelLayout.LAST_STEP, seed);
    }

    /** Training window {@code window} as the network reads it (scaled), before augmentation. */
    public SeriesWindow window(int window) {
        int start = windows.windowStart(Part.TRAIN, window);
        int length = windows.spec().length();
        int columns = windows.features();
        float[] values = new float[columns * length];
        for (int c = 0; c < columns; c++) {
            for (int t = 0; t < length; t++) {
                values[c * length + t] = (float) windows.scaler().scale(windows.series().value(c, start + t), c);
            }
        }
        return SeriesWindow.of(columns, length, values);
    }

    /**
     * What training fed in place of window {@code window} in epochs 1..{@code epochs}, scaled like the
     * network's input; an epoch that left the window in the dropped last partial batch is missing.
     */
    public List<FedWindow> asFed(int window, int epochs) {
        SeriesWindow original = window(window);
        WindowIterator order = plainIterator();
        int fullBatches = order.batchesPerEpoch();
        List<FedWindow> fed = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            order.reset();
            int position = order.positionInPass(window);
            int batch = position / batchSize;
            if (batch >= fullBatches) {
                continue;
            }
            int row = position % batchSize;
            SeriesWindow shown = augmentation.isIdentity() ? original
                    : augmentation.asFed(original, new FeedPosition(seed, epoch, batch, row));
            float[] values = shown.values();
            double[] copy = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                copy[i] = values[i];
            }
            fed.add(new FedWindow(epoch, batch, row, copy));
        }
        return List.copyOf(fed);
    }
}
