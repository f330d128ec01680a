package dev.workbench.lessons.kit;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * The activation functions {@link FastDenseLayer} computes in Java, with each one's slope written in
 * terms of its output (so backprop needs only the output): the same values as ND4J's ops, up to
 * float rounding.
 */
abstract class ElementwiseActivation {
    /** {@code f(z)}. */
    abstract float apply(float z);

    /** {@code f'(z)}, from {@code f(z)}. */
    abstract float slopeAt(float output);

    /** Java's version of {@code activation}, or null where there is none. */
    static ElementwiseActivation of(IActivation activation) {
        if (activation instanceof ActivationIdentity) {
            return IDENTITY;
        }
        if (activation instanceof ActivationReLU relu) {
            return relu.getMax() == null && relu.getThreshold() == null && relu.getNegativeSlope() == null
                    ? new LeakyRelu(0) : null;
        }
        if (activation instanceof ActivationLReLU leaky) {
            return leaky.getAlpha() >= 0 ? new LeakyRelu((float) leaky.getAlpha()) : null; // else the sign of f(z) is not z's
        }
        if (activation instanceof ActivationTanH) {
            return TANH;
        }
        if (activation instanceof ActivationSigmoid) {
            return SIGMOID;
        }
        return null;
    }

    private static final ElementwiseActivation IDENTITY = new ElementwiseActivation() {
        @Override
        float apply(float z) {
            return z;
        }

        @Override
        float slopeAt(float output) {
            return 1;
        }
    };

    private static final ElementwiseActivation TANH = new ElementwiseActivation() {
        @Override
        float apply(float z) {
            return TanhRnnPasses.tanh(z);
        }

        @Override
        float slopeAt(float output) {
            return 1 - output * output;
        }
    };

    private static final ElementwiseActivation SIGMOID = new ElementwiseActivation() {
        @Override
        float apply(float z) {
            return (float) (1 / (1 + Math.exp(-z)));
        }

        @Override
        float slopeAt(float output) {
            return output * (1 - output);
        }
    };

    /** ReLU for {@code alpha = 0}: {@code z} where positive, else {@code alpha z}; positive exactly where {@code z} is. */
    private static final class LeakyRelu extends ElementwiseActivation {
        private final float alpha;

        LeakyRelu(float alpha) {
            this.alpha = alpha;
        }

        @Override
        float apply(float z) {
            return z > 0 ? z : alpha * z;
        }

        @Override
        float slopeAt(float output) {
            return output > 0 ? 1 : alpha;
        }
    }
}
