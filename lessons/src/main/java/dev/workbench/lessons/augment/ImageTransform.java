package dev.workbench.lessons.augment;

import java.util.Random;

/** One kind of augmentation: draws its parameters from {@code random}, scaled by {@code strength}. */
interface ImageTransform {
    /** Returns a new image, or {@code image} itself when the drawn parameters change nothing. */
    AugImage apply(AugImage image, double strength, Random random);

    /** A uniform draw in [-1, 1), the usual "how far and which way" of a symmetric parameter. */
    static double signedUnit(Random random) {
        return 2 * random.nextDouble() - 1;
    }
}
