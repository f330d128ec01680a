package dev.workbench.lessons.data;

import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Mini-batches for a character-level recurrent net: the text is cut into consecutive,
 * non-overlapping sequences of {@code length} characters; each input is one-hot [batch, V, length]
 * and its labels are the same positions shifted by one, the next character at each step, one-hot
 * [batch, V, length]. Sequences come in a seeded order that changes every epoch.
 */
public final class CharSequenceIterator extends ShuffledBatchIterator {
    private final int[] text;
    private final CharVocabulary vocabulary;
    private final int length;

    public CharSequenceIterator(int[] text, CharVocabulary vocabulary, int length, int batchSize, boolean shuffle, long seed) {
        super(countSequences(text, length), batchSize, shuffle, seed);
        this.text = text.clone();
        this.vocabulary = vocabulary;
        this.length = length;
        for (int symbol : text) {
            if (symbol < 0 || symbol >= vocabulary.size()) {
                throw new IllegalArgumentException("symbol index " + symbol + " is outside the vocabulary of " + vocabulary.size());
            }
        }
    }

    private static int countSequences(int[] text, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("sequence length must be positive: " + length);
        }
        int count = (text.length - 1) / length;
        if (count < 1) {
            throw new IllegalArgumentException("a text of " + text.length + " characters is too short for one sequence of "
                    + length + " (it needs " + (length + 1) + ")");
        }
        return count;
    }

    /** How many sequences one pass offers. */
    public int sequences() {
        return (text.length - 1) / length;
    }

    @Override
    DataSet assemble(int[] indices) {
        int v = vocabulary.size();
        float[] x = new float[indices.length * v * length];
        float[] y = new float[indices.length * v * length];
        for (int b = 0; b < indices.length; b++) {
            int start = indices[b] * length;
            for (int t = 0; t < length; t++) {
                x[(b * v + text[start + t]) * length + t] = 1f;
                y[(b * v + text[start + t + 1]) * length + t] = 1f;
            }
        }
        long[] shape = {indices.length, v, length};
        return new DataSet(Nd4j.create(x, shape), Nd4j.create(y, shape));
    }

    @Override
    public int inputColumns() {
        return vocabulary.size();
    }

    @Override
    public int totalOutcomes() {
        return vocabulary.size();
    }

    @Override
    public List<String> getLabels() {
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            symbols.add(vocabulary.symbol(i));
        }
        return symbols;
    }
}
