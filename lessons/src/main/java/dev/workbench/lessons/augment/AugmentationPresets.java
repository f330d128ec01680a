package dev.workbench.lessons.augment;

import java.util.List;

/** Named pipelines a lesson can offer as one choice: none, light and strong augmentation. */
public final class AugmentationPresets {
    /** "custom" means: use the lesson's pipeline text (see {@link AugmentationText}). */
    public static final String CUSTOM = "custom";
    /** No augmentation. */
    public static final String NONE = "none";
    public static final List<String> NAMES = List.of(NONE, "light", "strong", CUSTOM);

    private AugmentationPresets() {
    }

    public static AugmentationPipeline named(String name) {
        return switch (name) {
            case "none" -> AugmentationPipeline.defaults();
            case "light" -> AugmentationPipeline.of(
                    TransformSpec.of(TransformKind.HORIZONTAL_FLIP, 0, 0.5),
                    TransformSpec.of(TransformKind.TRANSLATION, 0.08, 0.5),
                    TransformSpec.of(TransformKind.ROTATION, 10, 0.3));
            case "strong" -> AugmentationPipeline.of(
                    TransformSpec.of(TransformKind.HORIZONTAL_FLIP, 0, 0.5),
                    TransformSpec.of(TransformKind.TRANSLATION, 0.1, 0.5),
                    TransformSpec.of(TransformKind.ROTATION, 15, 0.5),
                    TransformSpec.of(TransformKind.CROP_ZOOM, 0.15, 0.3),
                    TransformSpec.of(TransformKind.CONTRAST, 0.3, 0.3),
                    TransformSpec.of(TransformKind.CUTOUT, 0.3, 0.3));
            default -> throw new IllegalArgumentException("unknown augmentation preset '" + name + "'; valid: none, light, strong");
        };
    }
}
