package dev.workbench.lessons.augment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A set of transform settings of one family, at most one per kind, kept in the kind enum's order,
 * which is the order they are applied in.
 *
 * <p>{@link #apply} seeds like {@link AugmentationPipeline}: one long per sample from the caller's
 * generator, then one generator per kind derived from it. Retuning one transform therefore leaves
 * the others' random choices alone, and the one-long contract of {@link Augmentation} holds.
 */
public record KindSpecs<K extends Enum<K> & AugmentationKind>(List<KindSpec<K>> specs) {
    public KindSpecs {
        if (specs == null) {
            throw new IllegalArgumentException("Transform specs must not be null; use an empty list for none");
        }
        Set<K> seen = new HashSet<>();
        for (KindSpec<K> spec : specs) {
            if (spec == null) {
                throw new IllegalArgumentException("Transform specs must not be null");
            }
            if (!seen.add(spec.kind())) {
                throw new IllegalArgumentException("more than one entry for " + spec.kind().textName());
            }
        }
        List<KindSpec<K>> sorted = new ArrayList<>(specs);
        sorted.sort(Comparator.comparingInt(spec -> spec.kind().ordinal()));
        specs = List.copyOf(sorted);
    }

    /** No transforms: applying it returns samples unchanged. */
    public static <K extends Enum<K> & AugmentationKind> KindSpecs<K> none() {
        return new KindSpecs<>(List.of());
    }

    @SafeVarargs
    public static <K extends Enum<K> & AugmentationKind> KindSpecs<K> of(KindSpec<K>... specs) {
        return new KindSpecs<>(List.of(specs));
    }

    public Optional<KindSpec<K>> spec(K kind) {
        return specs.stream().filter(spec -> spec.kind() == kind).findFirst();
    }

    /** A copy with {@code spec} replacing the spec of its kind, or added if there was none. */
    public KindSpecs<K> with(KindSpec<K> spec) {
        List<KindSpec<K>> updated = new ArrayList<>(specs);
        updated.removeIf(existing -> existing.kind() == spec.kind());
        updated.add(spec);
        return new KindSpecs<>(updated);
    }

    public boolean isIdentity() {
        return specs.stream().noneMatch(KindSpec::isActive);
    }

    /** Runs each active spec that fires on {@code sample}, drawing exactly one long from {@code random}. */
    public <T> T apply(T sample, Random random, KindTransform<K, T> transform) {
        long sampleSeed = random.nextLong();
        T result = sample;
        for (KindSpec<K> spec : specs) {
            if (!spec.isActive()) {
                continue;
            }
            Random kindRandom = new Random(Seeds.mix(sampleSeed, spec.kind().ordinal()));
            if (kindRandom.nextDouble() < spec.probability()) {
                result = transform.apply(spec.kind(), result, spec.strength(), kindRandom);
            }
        }
        return result;
    }

    /** How a family applies one of its kinds. */
    @FunctionalInterface
    public interface KindTransform<K, T> {
        T apply(K kind, T sample, double strength, Random random);
    }
}
