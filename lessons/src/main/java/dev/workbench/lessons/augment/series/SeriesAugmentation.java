package dev.workbench.lessons.augment.series;

import dev.workbench.lessons.augment.Augmentation;
import dev.workbench.lessons.augment.KindSpec;
import dev.workbench.lessons.augment.KindSpecs;
import java.util.Arrays;
import java.util.Random;

/**
 * A time-series augmentation: at most one setting per {@link SeriesTransformKind}, applied in kind
 * order, each firing on a window with its probability. Seeded like the image pipeline (one long per
 * window, one generator per kind), so its previews are what {@link AugmentingSequenceIterator} feeds.
 */
public record SeriesAugmentation(KindSpecs<SeriesTransformKind> specs) implements Augmentation<SeriesWindow> {
    public SeriesAugmentation {
        if (specs == null) {
            throw new IllegalArgumentException("Specs must not be null; use KindSpecs.none()");
        }
    }

    @SafeVarargs
    public static SeriesAugmentation of(KindSpec<SeriesTransformKind>... specs) {
        return new SeriesAugmentation(new KindSpecs<>(Arrays.asList(specs)));
    }

    public static SeriesAugmentation none() {
        return new SeriesAugmentation(KindSpecs.none());
    }

    @Override
    public SeriesWindow apply(SeriesWindow window, Random random) {
        return specs.apply(window, random, (kind, sample, strength, kindRandom) ->
                kind.transform().apply(sample, strength, kindRandom));
    }

    @Override
    public boolean isIdentity() {
        return specs.isIdentity();
    }

    /** Whether an active transform moves values along the time axis (slicing or warping). */
    public boolean movesTime() {
        return specs.specs().stream().anyMatch(spec -> spec.isActive() && spec.kind().movesTime());
    }
}
