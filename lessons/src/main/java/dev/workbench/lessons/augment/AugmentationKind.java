package dev.workbench.lessons.augment;

import java.util.Locale;

/**
 * One transform on offer in a family of augmentations (time series, noise): what a settings form,
 * a slider or the text grammar of {@link AugmentationSpecText} needs to know about it. Implemented
 * by enums, whose declaration order is the order transforms are applied in.
 */
public interface AugmentationKind {
    /** The enum constant's name; {@link #textName()} derives from it. */
    String name();

    /** Short label for a form, e.g. "Time warp". */
    String label();

    /** One or two sentences for a tooltip, saying what the strength means. */
    String description();

    StrengthRange strengthRange();

    /** The name in the text grammar: the constant in lower case with hyphens, e.g. {@code time-warp}. */
    default String textName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
