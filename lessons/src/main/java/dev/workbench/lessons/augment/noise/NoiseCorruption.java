package dev.workbench.lessons.augment.noise;

import dev.workbench.lessons.augment.Augmentation;
import dev.workbench.lessons.augment.KindSpec;
import dev.workbench.lessons.augment.KindSpecs;
import java.util.Arrays;
import java.util.Random;

/**
 * Corruption of a flat float vector (a flattened image or a tabular row) for a denoising
 * autoencoder: at most one setting per {@link NoiseKind}, applied in kind order, each firing with its
 * probability. {@link #apply} returns a new array and never modifies its argument, which stays the
 * clean target.
 *
 * @param specs the corruptions
 * @param range where salt and pepper land and where Gaussian noise is clipped
 */
public record NoiseCorruption(KindSpecs<NoiseKind> specs, ValueRange range) implements Augmentation<float[]> {
    public NoiseCorruption {
        if (specs == null || range == null) {
            throw new IllegalArgumentException("Specs and range must not be null");
        }
    }

    /** For pixels in [0, 1]: salt is 1, pepper is 0, Gaussian noise is clipped to [0, 1]. */
    @SafeVarargs
    public static NoiseCorruption forImages(KindSpec<NoiseKind>... specs) {
        return new NoiseCorruption(new KindSpecs<>(Arrays.asList(specs)), ValueRange.UNIT);
    }

    @Override
    public float[] apply(float[] sample, Random random) {
        float[] result = specs.apply(sample, random, (kind, values, strength, kindRandom) ->
                kind.corrupt(values, strength, range, kindRandom));
        return result == sample ? sample.clone() : result;
    }

    @Override
    public boolean isIdentity() {
        return specs.isIdentity();
    }
}
