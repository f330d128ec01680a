package dev.workbench.lessons.augment.noise;

import dev.workbench.lessons.augment.KindSpecText;

/**
 * Corruption settings as one line, {@code masking:0.3@1} or {@code gaussian:0.2@1,salt-and-pepper:0.05@0.5},
 * for a lesson's text parameter ({@link #problem} is its check). The range is the lesson's choice,
 * not part of the text, because it follows from the data, not from taste.
 */
public final class NoiseCorruptionText {
    /** A sensible starting point for a lesson's default. */
    public static final String EXAMPLE = "masking:0.25@1";

    private static final KindSpecText<NoiseKind> GRAMMAR = new KindSpecText<>(NoiseKind.class, EXAMPLE);

    private NoiseCorruptionText() {
    }

    /** @throws IllegalArgumentException naming the bad entry and what is allowed */
    public static NoiseCorruption parse(String text, ValueRange range) {
        return new NoiseCorruption(GRAMMAR.parse(text), range);
    }

    public static String format(NoiseCorruption corruption) {
        return GRAMMAR.format(corruption.specs());
    }

    /** The problem with a text, or null when it parses. */
    public static String problem(String text) {
        return GRAMMAR.problem(text);
    }
}
