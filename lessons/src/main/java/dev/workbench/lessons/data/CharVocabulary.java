package dev.workbench.lessons.data;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * The characters (Unicode code points) of a text, sorted by code point, with their counts.
 * Characters seen fewer than {@code minCount} times can share one symbol, {@link #RARE}
 * (U+FFFD), so a stray accent or emoji does not cost the model a whole output unit; the rare
 * symbol's count is the sum of theirs.
 */
public final class CharVocabulary {
    /** The one symbol rare characters are mapped to: U+FFFD REPLACEMENT CHARACTER. */
    public static final int RARE = 0xFFFD;

    private final int[] codePoints;
    private final long[] counts;
    private final boolean mapsRare;

    private CharVocabulary(int[] codePoints, long[] counts, boolean mapsRare) {
        this.codePoints = codePoints;
        this.counts = counts;
        this.mapsRare = mapsRare;
    }

    /** The vocabulary of {@code text}; {@code minCount <= 1} keeps every character. */
    public static CharVocabulary of(int[] text, int minCount) {
        TreeMap<Integer, Long> seen = new TreeMap<>();
        for (int cp : text) {
            seen.merge(cp, 1L, Long::sum);
        }
        TreeMap<Integer, Long> kept = new TreeMap<>();
        boolean mapsRare = false;
        for (var entry : seen.entrySet()) {
            boolean rare = entry.getValue() < minCount || (minCount > 1 && entry.getKey() == RARE);
            kept.merge(rare ? RARE : entry.getKey(), entry.getValue(), Long::sum);
            mapsRare |= rare;
        }
        int[] codePoints = new int[kept.size()];
        long[] counts = new long[kept.size()];
        int i = 0;
        for (var entry : kept.entrySet()) {
            codePoints[i] = entry.getKey();
            counts[i] = entry.getValue();
            i++;
        }
        return new CharVocabulary(codePoints, counts, mapsRare);
    }

    public int size() {
        return codePoints.length;
    }

    public int codePoint(int index) {
        return codePoints[index];
    }

    /** The character of an index, as a string (one code point may be two Java chars). */
    public String symbol(int index) {
        return Character.toString(codePoints[index]);
    }

    public long count(int index) {
        return counts[index];
    }

    /** Whether some characters were merged into {@link #RARE}. */
    public boolean mapsRare() {
        return mapsRare;
    }

    /** Whether the character has a symbol of its own (a rare one merged into {@link #RARE} does not). */
    public boolean contains(int codePoint) {
        return codePoint != RARE && Arrays.binarySearch(codePoints, codePoint) >= 0;
    }

    /** The index of a character; a character not in the vocabulary maps to {@link #RARE} when rare characters are merged. */
    public int indexOf(int codePoint) {
        int index = Arrays.binarySearch(codePoints, codePoint);
        if (index < 0 && mapsRare) {
            index = Arrays.binarySearch(codePoints, RARE);
        }
        if (index < 0) {
            throw new IllegalArgumentException("character U+" + String.format("%04X", codePoint) + " is not in the vocabulary");
        }
        return index;
    }

    public int[] encode(int[] text) {
        int[] out = new int[text.length];
        for (int i = 0; i < text.length; i++) {
            out[i] = indexOf(text[i]);
        }
        return out;
    }

    public String decode(int[] indices) {
        StringBuilder out = new StringBuilder(indices.length);
        for (int index : indices) {
            out.appendCodePoint(codePoints[index]);
        }
        return out.toString();
    }
}
