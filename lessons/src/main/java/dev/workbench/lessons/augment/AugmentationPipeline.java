package dev.workbench.lessons.augment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A set of transform settings, at most one per kind, applied in {@link TransformKind} order.
 *
 * <p>Each image gets one seed from the caller's {@link Random}, and each transform kind draws from
 * its own generator derived from that seed. So enabling, disabling or retuning one transform leaves
 * the others' random choices alone: a preview changes only in the aspect whose slider moved.
 */
public record AugmentationPipeline(List<TransformSpec> specs) {
    public AugmentationPipeline {
        if (specs == null) {
            throw new IllegalArgumentException("Transform specs must not be null; use an empty list for none");
        }
        Set<TransformKind> seen = EnumSet.noneOf(TransformKind.class);
        for (TransformSpec spec : specs) {
            if (spec == null) {
                throw new IllegalArgumentException("Transform specs must not be null");
            }
            if (!seen.add(spec.kind())) {
                throw new IllegalArgumentException("More than one spec for " + spec.kind().label());
            }
        }
        List<TransformSpec> sorted = new ArrayList<>(specs);
        sorted.sort(Comparator.comparing(TransformSpec::kind));
        specs = List.copyOf(sorted);
    }

    public static AugmentationPipeline of(TransformSpec... specs) {
        return new AugmentationPipeline(Arrays.asList(specs));
    }

    /** Every kind, each disabled at its default strength and probability: the starting point for sliders. */
    public static AugmentationPipeline defaults() {
        return new AugmentationPipeline(Arrays.stream(TransformKind.values()).map(TransformKind::defaultSpec).toList());
    }

    public Optional<TransformSpec> spec(TransformKind kind) {
        return specs.stream().filter(spec -> spec.kind() == kind).findFirst();
    }

    /** A copy with {@code spec} replacing the spec of its kind, or added if there was none. */
    public AugmentationPipeline with(TransformSpec spec) {
        List<TransformSpec> updated = new ArrayList<>(specs);
        updated.removeIf(existing -> existing.kind() == spec.kind());
        updated.add(spec);
        return new AugmentationPipeline(updated);
    }

    /** True when no transform can fire, so applying the pipeline returns images unchanged. */
    public boolean isIdentity() {
        return specs.stream().noneMatch(TransformSpec::isActive);
    }

    /** Augments one image, drawing exactly one {@code long} from {@code random}. */
    public AugImage apply(AugImage image, Random random) {
        long imageSeed = random.nextLong();
        AugImage result = image;
        for (TransformSpec spec : specs) {
            if (!spec.isActive()) {
                continue;
            }
            Random kindRandom = new Random(Seeds.mix(imageSeed, spec.kind().ordinal()));
            if (kindRandom.nextDouble() < spec.probability()) {
                result = spec.kind().transform().apply(result, spec.strength(), kindRandom);
            }
        }
        return result;
    }

    /** {@code count} augmented versions of {@code image}; the same seed always gives the same list. */
    public List<AugImage> previews(AugImage image, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("Preview count must not be negative, got " + count);
        }
        Random random = new Random(seed);
        List<AugImage> previews = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            previews.add(apply(image, random));
        }
        return List.copyOf(previews);
    }
}
