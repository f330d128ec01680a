package dev.workbench.lessons.augment.series;

import dev.workbench.lessons.augment.KindSpecText;

/**
 * A series augmentation as one line, {@code jitter:0.03@0.5,time-warp:0.2@0.5} or {@code none}, for a
 * lesson's text parameter: {@code new TextParameter(..., SeriesAugmentationText::problem)}.
 */
public final class SeriesAugmentationText {
    /** A sensible starting point for a lesson's default. */
    public static final String EXAMPLE = "jitter:0.03@0.5,time-warp:0.2@0.5";

    private static final KindSpecText<SeriesTransformKind> GRAMMAR =
            new KindSpecText<>(SeriesTransformKind.class, EXAMPLE);

    private SeriesAugmentationText() {
    }

    /** @throws IllegalArgumentException naming the bad entry and what is allowed */
    public static SeriesAugmentation parse(String text) {
        return new SeriesAugmentation(GRAMMAR.parse(text));
    }

    public static String format(SeriesAugmentation augmentation) {
        return GRAMMAR.format(augmentation.specs());
    }

    /** The problem with a text, or null when it parses. */
    public static String problem(String text) {
        return GRAMMAR.problem(text);
    }
}
