package dev.workbench.lessons.augment.series;

import java.util.Random;

/** One kind of series augmentation: draws its parameters from {@code random}, scaled by {@code strength}. */
interface SeriesTransform {
    /** A window of the same shape, or {@code window} itself when the strength changes nothing. */
    SeriesWindow apply(SeriesWindow window, double strength, Random random);
}
