package dev.workbench.lessons.data;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A plain UTF-8 text as a sequence of character indices for character-level language models.
 * Windows line ends (CRLF) become LF and a leading byte-order mark is dropped, so neither adds a
 * symbol the reader never sees. File problems are {@link DatasetException}s: missing, empty, over
 * the size bound, not valid UTF-8, binary (a NUL byte).
 */
public final class TextCorpus {
    /** Larger files are refused: the whole text is held as one int per character. */
    public static final long MAX_BYTES = 32L << 20;

    private final String name;
    private final CharVocabulary vocabulary;
    private final int[] encoded;

    private TextCorpus(String name, CharVocabulary vocabulary, int[] encoded) {
        this.name = name;
        this.vocabulary = vocabulary;
        this.encoded = encoded;
    }

    /** The first {@code train} indices and the remaining {@code validation} ones, split by position. */
    public record Split(int[] train, int[] validation) {
    }

    /** Reads a file; characters seen fewer than {@code minCount} times share one symbol (1 keeps all). */
    public static TextCorpus read(Path file, int minCount) throws DatasetException {
        String text = normalise(TextFiles.readUtf8(file, MAX_BYTES));
        if (text.codePointCount(0, text.length()) < 2) {
            throw new DatasetException(file, "has fewer than 2 characters of text: nothing to predict");
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return of(name, text, minCount);
    }

    /** A text already in memory, for typed-in text and tests. */
    public static TextCorpus of(String name, String text, int minCount) {
        int[] codePoints = normalise(text).codePoints().toArray();
        if (codePoints.length < 2) {
            throw new IllegalArgumentException("a corpus needs at least 2 characters: '" + text + "'");
        }
        CharVocabulary vocabulary = CharVocabulary.of(codePoints, minCount);
        return new TextCorpus(name, vocabulary, vocabulary.encode(codePoints));
    }

    private static String normalise(String text) {
        String out = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return out.replace("\r\n", "\n");
    }

    public String name() {
        return name;
    }

    /** Built from the whole text, so every validation character has an index too. */
    public CharVocabulary vocabulary() {
        return vocabulary;
    }

    /** Characters in the text. */
    public int length() {
        return encoded.length;
    }

    public int[] encoded() {
        return encoded.clone();
    }

    /**
     * The first part of the text for training and the last {@code validationFraction} for
     * validation: by position, because neighbouring characters are not independent examples.
     */
    public Split split(double validationFraction) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be between 0 and 1 (exclusive): " + validationFraction);
        }
        int trainLength = (int) Math.round(encoded.length * (1 - validationFraction));
        return new Split(Arrays.copyOfRange(encoded, 0, trainLength), Arrays.copyOfRange(encoded, trainLength, encoded.length));
    }
}
