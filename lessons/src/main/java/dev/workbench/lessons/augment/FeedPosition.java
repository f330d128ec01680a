package dev.workbench.lessons.augment;

import java.util.Random;

/**
 * Where a sample sat when a training iterator fed it: sample {@code index} of batch {@code batch}
 * of pass {@code pass} (0 at first, +1 per {@code reset()}), under the iterator's {@code seed}.
 *
 * <p>Every augmenting iterator in this package family gives batch {@code b} of pass {@code p} the
 * generator {@link #batchRandom(long, long, long)}, so each epoch sees fresh augmentations while the
 * same seed replays the same ones; {@link Augmentation#asFed} uses the same derivation.
 */
public record FeedPosition(long seed, long pass, long batch, int index) {
    public FeedPosition {
        if (pass < 0 || batch < 0 || index < 0) {
            throw new IllegalArgumentException("Pass, batch and index must not be negative, got pass " + pass
                    + ", batch " + batch + ", index " + index);
        }
    }

    /** The seed of batch {@code batch} of pass {@code pass}: what {@link Augmentation#previews} takes to show that batch. */
    public static long batchSeed(long seed, long pass, long batch) {
        return Seeds.mix(Seeds.mix(seed, pass), batch);
    }

    /** A fresh generator for that batch, in the state the iterator's starts in. */
    public static Random batchRandom(long seed, long pass, long batch) {
        return new Random(batchSeed(seed, pass, batch));
    }

    public Random batchRandom() {
        return batchRandom(seed, pass, batch);
    }
}
