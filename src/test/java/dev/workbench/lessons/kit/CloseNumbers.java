package dev.workbench.lessons.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.gradient.Gradient;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The kit's tests' comparison of a fast path with DL4J's: same shape, same numbers up to float rounding. */
final class CloseNumbers {
    private CloseNumbers() {
    }

    /** Every number within 1e-4 of the largest expected magnitude (at least 1e-3). */
    static void assertClose(INDArray expected, INDArray actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
        double difference = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue(difference <= 1e-4 * scale, what + ": differs by " + difference + " (largest value " + scale + ")");
    }

    /** What {@code calculateGradients} or {@code backpropGradient} gave: every parameter's gradient and the input's. */
    static void assertSameGradients(Pair<Gradient, INDArray> expected, Pair<Gradient, INDArray> actual, String what) {
        for (String key : expected.getFirst().gradientForVariable().keySet()) {
            assertClose(expected.getFirst().getGradientFor(key), actual.getFirst().getGradientFor(key), what + "gradient " + key);
        }
        assertClose(expected.getSecond(), actual.getSecond(), what + "gradient for the input");
    }
}
