package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a loaded network is the one its stored settings describe. A checkpoint whose
 * settings were edited (say {@code batch-norm=true} on a network without batch norm) would
 * otherwise load, and then fail or mislead in the middle of training.
 */
public final class Architectures {
    private Architectures() {
    }

    /**
     * How {@code actual} differs from {@code expected} (a network freshly built from the same
     * settings), in words, or empty when every parameter has the same name and shape.
     */
    public static Optional<String> mismatch(Model expected, Model actual) {
        Map<String, INDArray> want = expected.paramTable();
        Map<String, INDArray> have = actual.paramTable();
        if (!want.keySet().equals(have.keySet())) {
            return Optional.of(String.format("its settings describe a network with %d parameter arrays (%,d numbers), "
                    + "but it holds one with %d (%,d numbers)", want.size(), expected.numParams(), have.size(),
                    actual.numParams()));
        }
        for (Map.Entry<String, INDArray> entry : want.entrySet()) {
            long[] wanted = entry.getValue().shape();
            long[] found = have.get(entry.getKey()).shape();
            if (!Arrays.equals(wanted, found)) {
                return Optional.of("its settings give parameter " + entry.getKey() + " the shape "
                        + Arrays.toString(wanted) + ", but the stored network has " + Arrays.toString(found));
            }
        }
        return Optional.empty();
    }
}
