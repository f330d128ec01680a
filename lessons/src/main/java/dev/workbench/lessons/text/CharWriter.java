package dev.workbench.lessons.text;

import dev.workbench.lessons.data.CharVocabulary;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Writes with a character model one character at a time: reads the prime, then feeds back each
 * character it draws, with {@code rnnTimeStep} keeping the LSTM's state between calls. The state
 * is cleared before and after, so a sample never leaks into training or into the next sample.
 * Runs on the training thread.
 */
final class CharWriter {
    /** Unknown prime characters named in a refusal before "and N more". */
    private static final int LISTED = 5;

    private final MultiLayerNetwork net;
    private final CharVocabulary vocabulary;
    private final String textName;

    CharWriter(MultiLayerNetwork net, CharVocabulary vocabulary, String textName) {
        this.net = net;
        this.vocabulary = vocabulary;
        this.textName = textName;
    }

    /**
     * {@code length} characters after {@code prime}, drawn at {@code temperature} with a random
     * generator seeded by {@code seed}: the same model, prime, temperature and seed write the same
     * text. An empty prime starts after a line break (or the first character when the text has none).
     */
    Writing write(String prime, double temperature, int length, long seed) {
        Optional<String> problem = primeProblem(prime);
        if (problem.isPresent()) {
            return new Writing.Refused(problem.get());
        }
        int[] start = prime.isEmpty() ? new int[]{vocabulary.contains('\n') ? vocabulary.indexOf('\n') : 0}
                : vocabulary.encode(prime.codePoints().toArray());
        Random random = new Random(seed);
        int[] written = new int[length];
        net.rnnClearPreviousState();
        try {
            double[] next = lastStep(net.rnnTimeStep(oneHot(start)));
            for (int i = 0; i < length; i++) {
                written[i] = Temperature.draw(Temperature.apply(next, temperature), random);
                if (i + 1 < length) {
                    next = lastStep(net.rnnTimeStep(oneHot(new int[]{written[i]})));
                }
            }
        } finally {
            net.rnnClearPreviousState();
        }
        return new Writing.Written(prime, vocabulary.decode(written), temperature, seed);
    }

    /** Why the model cannot read {@code prime}, or empty when it can. */
    Optional<String> primeProblem(String prime) {
        List<Integer> unknown = new ArrayList<>();
        prime.codePoints().filter(cp -> !vocabulary.contains(cp)).distinct().forEach(unknown::add);
        return unknown.isEmpty() ? Optional.empty() : Optional.of(unknownMessage(unknown));
    }

    private String unknownMessage(List<Integer> unknown) {
        StringBuilder listed = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, unknown.size()); i++) {
            int cp = unknown.get(i);
            listed.append(i == 0 ? "" : ", ").append(Character.isISOControl(cp) ? "" : "'" + Character.toString(cp) + "' ")
                    .append(String.format("(U+%04X)", cp));
        }
        if (unknown.size() > LISTED) {
            listed.append(" and ").append(unknown.size() - LISTED).append(" more");
        }
        return "The prime has characters that never occur in " + textName + ", so the model has no input for them: "
                + listed + ". Remove them or type others.";
    }

    /** [1, V, T] one-hot of a character sequence. */
    private INDArray oneHot(int[] symbols) {
        int v = vocabulary.size();
        float[] x = new float[v * symbols.length];
        for (int t = 0; t < symbols.length; t++) {
            x[symbols[t] * symbols.length + t] = 1f;
        }
        return Nd4j.create(x, new long[]{1, v, symbols.length});
    }

    /** The softmax at the last time step of an [1, V, T] output, as plain numbers. */
    private static double[] lastStep(INDArray output) {
        long steps = output.size(2);
        return output.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.point(steps - 1)).toDoubleVector();
    }
}
