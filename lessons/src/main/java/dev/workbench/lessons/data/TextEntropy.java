package dev.workbench.lessons.data;

import java.util.Arrays;

/**
 * Baselines for a character model, in bits per character: the unigram entropy (what a model
 * that knows only character frequencies achieves) and the bigram conditional entropy
 * H(next | previous) (a model that sees one character back). A char-LSTM's validation loss,
 * divided by ln 2, should beat both.
 */
public final class TextEntropy {
    private TextEntropy() {
    }

    /** -Σ p(a) log2 p(a) over the symbols' frequencies. */
    public static double unigramBits(int[] symbols) {
        if (symbols.length == 0) {
            throw new IllegalArgumentException("no symbols");
        }
        int[] sorted = symbols.clone();
        Arrays.sort(sorted);
        double bits = 0;
        for (long count : runLengths(Arrays.stream(sorted).asLongStream().toArray())) {
            double p = (double) count / symbols.length;
            bits -= p * log2(p);
        }
        return bits;
    }

    /**
     * -Σ p(a, b) log2 p(b | a) over adjacent pairs (a, b), where p(b | a) = count(a b) / count(a
     * followed by anything).
     */
    public static double bigramBits(int[] symbols) {
        if (symbols.length < 2) {
            throw new IllegalArgumentException("need at least 2 symbols for a bigram: " + symbols.length);
        }
        int pairs = symbols.length - 1;
        long[] keys = new long[pairs];
        for (int i = 0; i < pairs; i++) {
            keys[i] = ((long) symbols[i] << 32) | (symbols[i + 1] & 0xffffffffL);
        }
        Arrays.sort(keys);
        double bits = 0;
        int i = 0;
        while (i < pairs) {
            int first = (int) (keys[i] >> 32);
            int end = i;
            while (end < pairs && (int) (keys[end] >> 32) == first) {
                end++;
            }
            long followers = end - i;
            for (long count : runLengths(Arrays.copyOfRange(keys, i, end))) {
                bits -= (double) count / pairs * log2((double) count / followers);
            }
            i = end;
        }
        return bits;
    }

    private static long[] runLengths(long[] sorted) {
        long[] runs = new long[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            runs[n++] = j - i;
            i = j;
        }
        return Arrays.copyOf(runs, n);
    }

    private static double log2(double p) {
        return Math.log(p) / Math.log(2);
    }
}
