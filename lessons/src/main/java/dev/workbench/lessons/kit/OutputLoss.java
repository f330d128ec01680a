package dev.workbench.lessons.kit;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * An output layer's activation and loss as Java loops over row-major {@code [rows][columns]} arrays,
 * for the three pairs the lessons use: sigmoid with binary cross-entropy, identity with mean squared
 * error, softmax with multi-class cross-entropy. Each follows ND4J's formulas (its clipping
 * included), so scores and gradients match DL4J's up to float rounding; per-output weights are not
 * covered. Like ND4J's, the gradient is per example (not yet divided by the batch size) and the
 * score is the sum over the batch.
 */
abstract class OutputLoss {
    /** Turns the weighted sums into the layer's outputs, in place. */
    abstract void activate(float[] values, int rows, int columns);

    /** From the outputs (after {@link #activate}), writes {@code dLoss/dz} over them, in place. */
    abstract void gradient(float[] values, float[] labels, int rows, int columns);

    /** The loss summed over all rows, from the outputs. */
    abstract double score(float[] outputs, float[] labels, int rows, int columns);

    /** Java's version of this activation and loss, or null where there is none. */
    static OutputLoss of(IActivation activation, ILossFunction loss) {
        if (activation instanceof ActivationSigmoid && loss instanceof LossBinaryXENT xent && xent.getWeights() == null) {
            return new SigmoidCrossEntropy(xent.getClipEps());
        }
        if (activation instanceof ActivationIdentity && loss != null && loss.getClass() == LossMSE.class
                && ((LossMSE) loss).getWeights() == null) {
            return new IdentityMeanSquared();
        }
        if (activation instanceof ActivationSoftmax && loss != null && loss.getClass() == LossMCXENT.class
                && ((LossMCXENT) loss).getWeights() == null) {
            return new SoftmaxCrossEntropy(((LossMCXENT) loss).getSoftmaxClipEps());
        }
        return null;
    }

    /** LossBinaryXENT: outputs clipped to {@code [eps, 1 - eps]} for the loss and {@code dL/da}, not for the sigmoid's slope. */
    private static final class SigmoidCrossEntropy extends OutputLoss {
        private final double eps;

        SigmoidCrossEntropy(double eps) {
            this.eps = eps;
        }

        @Override
        void activate(float[] values, int rows, int columns) {
            for (int i = 0; i < rows * columns; i++) {
                values[i] = (float) (1 / (1 + Math.exp(-values[i])));
            }
        }

        @Override
        void gradient(float[] values, float[] labels, int rows, int columns) {
            for (int i = 0; i < rows * columns; i++) {
                double a = values[i];
                double clipped = clip(a);
                values[i] = (float) ((clipped - labels[i]) / (clipped * (1 - clipped)) * (a * (1 - a)));
            }
        }

        @Override
        double score(float[] outputs, float[] labels, int rows, int columns) {
            double sum = 0;
            for (int i = 0; i < rows * columns; i++) {
                double a = clip(outputs[i]);
                sum -= labels[i] * Math.log(a) + (1 - labels[i]) * Math.log(1 - a);
            }
            return sum;
        }

        private double clip(double a) {
            return eps > 0 ? Math.min(1 - eps, Math.max(eps, a)) : a;
        }
    }

    /** LossMSE: the squared error averaged over the outputs of a row, {@code dL/dz = 2 (a - y) / columns}. */
    private static final class IdentityMeanSquared extends OutputLoss {
        @Override
        void activate(float[] values, int rows, int columns) {
        }

        @Override
        void gradient(float[] values, float[] labels, int rows, int columns) {
            for (int i = 0; i < rows * columns; i++) {
                values[i] = (float) (2.0 * (values[i] - labels[i]) / columns);
            }
        }

        @Override
        double score(float[] outputs, float[] labels, int rows, int columns) {
            double sum = 0;
            for (int i = 0; i < rows * columns; i++) {
                double error = labels[i] - outputs[i];
                sum += error * error;
            }
            return sum / columns;
        }
    }

    /** LossMCXENT with softmax: {@code dL/dz = a - y}; the loss clips the outputs to {@code [eps, 1 - eps]}. */
    private static final class SoftmaxCrossEntropy extends OutputLoss {
        private final double eps;

        SoftmaxCrossEntropy(double eps) {
            this.eps = eps;
        }

        @Override
        void activate(float[] values, int rows, int columns) {
            for (int r = 0; r < rows; r++) {
                int start = r * columns;
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < columns; c++) {
                    max = Math.max(max, values[start + c]);
                }
                double sum = 0;
                for (int c = 0; c < columns; c++) {
                    sum += Math.exp(values[start + c] - max);
                }
                for (int c = 0; c < columns; c++) {
                    values[start + c] = (float) (Math.exp(values[start + c] - max) / sum);
                }
            }
        }

        @Override
        void gradient(float[] values, float[] labels, int rows, int columns) {
            for (int i = 0; i < rows * columns; i++) {
                values[i] -= labels[i];
            }
        }

        @Override
        double score(float[] outputs, float[] labels, int rows, int columns) {
            double sum = 0;
            for (int i = 0; i < rows * columns; i++) {
                double a = eps > 0 ? Math.min(1 - eps, Math.max(eps, outputs[i])) : outputs[i];
                sum -= labels[i] * Math.log(a);
            }
            return sum;
        }
    }
}
