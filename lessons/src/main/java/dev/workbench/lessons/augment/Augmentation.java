package dev.workbench.lessons.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random changes to one training sample of any kind: an image, a sensor window, a flattened row.
 * Implementations are immutable settings; the randomness comes only from the caller's generator.
 *
 * <p>The contract that makes previews honest: {@link #apply} draws <em>exactly one</em> {@code long}
 * from {@code random} and derives everything else from it, whether or not anything fires. A batch's
 * generator therefore hands sample {@code i} its {@code i}-th long, and {@link #asFed} can rebuild
 * what a training iterator fed at any position without replaying the batch.
 *
 * @param <T> the sample type; {@link #apply} never modifies its argument
 */
public interface Augmentation<T> {
    /** A changed copy of {@code sample} (or an equal value when nothing fired), drawing exactly one long from {@code random}. */
    T apply(T sample, Random random);

    /** True when no transform can fire, so iterators may pass batches through untouched. */
    boolean isIdentity();

    /**
     * {@code count} augmented versions of {@code sample}, sample {@code i} drawing the {@code i}-th long of
     * {@code new Random(seed)}: the same seed always gives the same list. With
     * {@code seed = FeedPosition.batchSeed(...)} the list is what a training batch full of this sample gets.
     */
    default List<T> previews(T sample, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("Preview count must not be negative, got " + count);
        }
        Random random = new Random(seed);
        List<T> previews = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            previews.add(apply(sample, random));
        }
        return List.copyOf(previews);
    }

    /**
     * Exactly what an iterator seeded like {@link SeededBatchIterator} (or {@link AugmentingDataSetIterator})
     * fed in place of {@code sample} at {@code position}, bit for bit: the app's "this is what training saw".
     */
    default T asFed(T sample, FeedPosition position) {
        Random random = position.batchRandom();
        for (int skipped = 0; skipped < position.index(); skipped++) {
            random.nextLong();
        }
        return apply(sample, random);
    }
}
