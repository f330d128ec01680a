package dev.workbench.lessons.augment.noise;

import dev.workbench.lessons.augment.AugmentationKind;
import dev.workbench.lessons.augment.StrengthRange;
import java.util.Arrays;
import java.util.Random;

/**
 * The corruptions on offer, in the order a {@link NoiseCorruption} applies them: masking last, so
 * masked entries stay exactly 0.
 *
 * <p>Salt-and-pepper and masking change exactly round(fraction * n) distinct entries, chosen with a
 * partial Fisher-Yates shuffle, as in Vincent et al. (2010); a fixed count keeps the corruption level
 * the same for every sample rather than only on average.
 */
public enum NoiseKind implements AugmentationKind {
    /** x' = x + e, e ~ N(0, sigma^2) per entry, clipped to the range when it clips. */
    GAUSSIAN("Gaussian noise", "Adds noise with this standard deviation to every value.",
            new StrengthRange(0, 1, 0.1, "σ")),
    /** This fraction of entries set to the range's low or high value, with equal chance. */
    SALT_AND_PEPPER("Salt and pepper", "Sets this fraction of values to the lowest or highest value.",
            new StrengthRange(0, 1, 0.1, "")),
    /** This fraction of entries set to 0: the network must fill in what is missing. */
    MASKING("Masking", "Sets this fraction of values to 0.",
            new StrengthRange(0, 1, 0.25, ""));

    private final String label;
    private final String description;
    private final StrengthRange strengthRange;

    NoiseKind(String label, String description, StrengthRange strengthRange) {
        this.label = label;
        this.description = description;
        this.strengthRange = strengthRange;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public StrengthRange strengthRange() {
        return strengthRange;
    }

    /** A corrupted copy of {@code values}; never modifies them. */
    float[] corrupt(float[] values, double strength, ValueRange range, Random random) {
        float[] out = values.clone();
        switch (this) {
            case GAUSSIAN -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = range.clamp(values[i] + strength * random.nextGaussian());
                }
            }
            case SALT_AND_PEPPER -> {
                for (int index : distinctIndexes(out.length, strength, random)) {
                    out[index] = random.nextBoolean() ? range.high() : range.low();
                }
            }
            case MASKING -> {
                for (int index : distinctIndexes(out.length, strength, random)) {
                    out[index] = 0;
                }
            }
        }
        return out;
    }

    /** round(fraction * n) distinct indexes in [0, n): the head of a partial Fisher-Yates shuffle. */
    private static int[] distinctIndexes(int n, double fraction, Random random) {
        int count = (int) Math.round(fraction * n);
        int[] indexes = new int[n];
        for (int i = 0; i < n; i++) {
            indexes[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            int swap = indexes[i];
            indexes[i] = indexes[j];
            indexes[j] = swap;
        }
        return Arrays.copyOf(indexes, count);
    }
}
