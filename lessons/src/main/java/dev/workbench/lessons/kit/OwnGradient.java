package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A network's gradient handed to its updater so that DL4J recognises it as the network's own. DL4J's
 * updaters treat a gradient as "external" unless its flattened array is the very object the network
 * keeps, and a network's gradient never is: {@code DefaultGradient.gradient()} hands out a new
 * reshaped view of the network's {@code [1, n]} array every time. The external path then cuts two
 * new views per parameter array, twice per update (before and after the optimizer step, for
 * regularization), which on a small network costs more than the update itself. Both paths update
 * the same memory with the same numbers.
 */
final class OwnGradient extends DefaultGradient {
    private final INDArray own;

    private OwnGradient(Gradient original, INDArray own) {
        super(own);
        this.own = own;
        original.gradientForVariable().forEach((name, array) ->
                setGradientFor(name, array, original.flatteningOrderForVariable(name)));
    }

    /** {@code gradient} as the network's own when its numbers are {@code own}'s, else null. */
    static Gradient recognised(Gradient gradient, INDArray own) {
        INDArray flattened = gradient.gradient();
        if (flattened == own || !sameNumbers(flattened, own)) {
            return null;
        }
        return new OwnGradient(gradient, own);
    }

    @Override
    public INDArray gradient() {
        return own;
    }

    private static boolean sameNumbers(INDArray a, INDArray b) {
        return a != null && b != null && a.length() == b.length() && a.dataType() == b.dataType()
                && a.elementWiseStride() == 1 && b.elementWiseStride() == 1
                && a.data().addressPointer().address() == b.data().addressPointer().address();
    }
}
