package dev.workbench.lessons.augment;

/**
 * Derives independent seeds from a seed and an index (image, transform kind, epoch, batch).
 * {@code new Random(seed)} for neighbouring seeds gives correlated first draws, so indexes are
 * mixed with SplitMix64's finaliser first.
 *
 * <p>Public so that the series and noise augmentations in the sub-packages seed exactly as the image
 * pipeline does.
 */
public final class Seeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    public static long mix(long seed, long index) {
        long z = seed + (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
