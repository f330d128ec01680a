package dev.workbench.lessons.augment;

/**
 * The settings of one transform in a pipeline.
 *
 * @param kind        which transform
 * @param enabled     whether the pipeline uses it at all
 * @param strength    how strong, within {@code kind.strengthRange()}; ignored by kinds without a strength
 * @param probability chance in [0, 1] that it fires on a given image
 */
public record TransformSpec(TransformKind kind, boolean enabled, double strength, double probability) {
    public TransformSpec {
        if (kind == null) {
            throw new IllegalArgumentException("Transform kind must not be null");
        }
        if (!kind.strengthRange().contains(strength)) {
            StrengthRange range = kind.strengthRange();
            throw new IllegalArgumentException(kind.label() + " strength must be in [" + range.min() + ", "
                    + range.max() + "], got " + strength);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException(kind.label() + " probability must be in [0, 1], got " + probability);
        }
    }

    /** Enabled, firing with the given probability at the given strength. */
    public static TransformSpec of(TransformKind kind, double strength, double probability) {
        return new TransformSpec(kind, true, strength, probability);
    }

    public TransformSpec withEnabled(boolean newEnabled) {
        return new TransformSpec(kind, newEnabled, strength, probability);
    }

    public TransformSpec withStrength(double newStrength) {
        return new TransformSpec(kind, enabled, newStrength, probability);
    }

    public TransformSpec withProbability(double newProbability) {
        return new TransformSpec(kind, enabled, strength, newProbability);
    }

    /** Whether it can change any image: enabled and with a non-zero probability. */
    public boolean isActive() {
        return enabled && probability > 0;
    }
}
