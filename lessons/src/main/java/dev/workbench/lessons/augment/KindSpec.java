package dev.workbench.lessons.augment;

/**
 * The settings of one transform of an {@link AugmentationKind} family; the family-agnostic twin of
 * {@link TransformSpec}.
 *
 * @param kind        which transform
 * @param strength    how strong, within {@code kind.strengthRange()}
 * @param probability chance in [0, 1] that it fires on a given sample
 */
public record KindSpec<K extends AugmentationKind>(K kind, double strength, double probability) {
    public KindSpec {
        if (kind == null) {
            throw new IllegalArgumentException("Transform kind must not be null");
        }
        StrengthRange range = kind.strengthRange();
        if (!range.contains(strength)) {
            throw new IllegalArgumentException(kind.label() + " strength must be in [" + range.min() + ", "
                    + range.max() + "], got " + strength);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException(kind.label() + " probability must be in [0, 1], got " + probability);
        }
    }

    /** At the kind's default strength, firing with the given probability. */
    public static <K extends AugmentationKind> KindSpec<K> ofDefault(K kind, double probability) {
        return new KindSpec<>(kind, kind.strengthRange().defaultValue(), probability);
    }

    /**
     * Whether it can change a sample: a non-zero probability and, for kinds with a strength, a
     * strength above the "off" end of its range.
     */
    public boolean isActive() {
        StrengthRange range = kind.strengthRange();
        return probability > 0 && (!range.isAdjustable() || strength > range.min());
    }
}
