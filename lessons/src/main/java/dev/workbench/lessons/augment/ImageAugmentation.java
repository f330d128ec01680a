package dev.workbench.lessons.augment;

import java.util.List;
import java.util.Random;

/**
 * The image {@link AugmentationPipeline} seen through the sample-agnostic {@link Augmentation}
 * interface, so code that shows or feeds augmentations need not know it handles images. The
 * pipeline already draws one long per image, so this adds nothing but the type.
 */
public record ImageAugmentation(AugmentationPipeline pipeline) implements Augmentation<AugImage> {
    public ImageAugmentation {
        if (pipeline == null) {
            throw new IllegalArgumentException("Pipeline must not be null");
        }
    }

    @Override
    public AugImage apply(AugImage image, Random random) {
        return pipeline.apply(image, random);
    }

    @Override
    public boolean isIdentity() {
        return pipeline.isIdentity();
    }

    @Override
    public List<AugImage> previews(AugImage image, int count, long seed) {
        return pipeline.previews(image, count, seed);
    }
}
