package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.NativeFloats;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's dense layer whose passes make one OpenBLAS call per matrix product and do the bias and the
 * activation in a Java loop, for small layers: there DL4J's ND4J calls (a product, a bias add, an
 * activation forward; a recomputed product, an activation backward, a sum and two products
 * backward) each cost more than their arithmetic. Covers float input without masks, dropout,
 * weight noise or layer norm, with a bias and an activation {@link ElementwiseActivation} knows;
 * anything else runs DL4J's code, keeping the weighted sums for backprop where the layer it replaces
 * did (a {@link CachingDenseLayer}). Like DL4J's layer, the backward pass computes the weighted sums
 * again from the input rather than keeping them. Shares the original layer's configuration and
 * parameter and gradient views, so checkpoints are unchanged.
 */
final class FastDenseLayer extends CachingDenseLayer {
    private final PassCounter counter = new PassCounter();
    private final long largestProduct;
    private FloatPointer delta; // the backward pass's dLoss/dz, kept for the next pass

    /** @param largestProduct the most multiply-adds ({@code batch x nIn x nOut}) a pass may take on; larger ones run DL4J's code */
    FastDenseLayer(DenseLayer original, long largestProduct) {
        super(original, original instanceof CachingDenseLayer caching ? caching.smallestProduct() : Long.MAX_VALUE);
        this.largestProduct = largestProduct;
        if (original instanceof CachingDenseLayer caching && caching.dropsInputGradient()) {
            dropInputGradient();
        }
    }

    PassCounter passes() {
        return counter;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        ElementwiseActivation activation = coveredActivation();
        if (activation == null) {
            return super.activate(training, workspaceMgr);
        }
        INDArray output = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT,
                new long[] {input.size(0), nOut()}, 'c');
        outputs(BlasMatrix.of(output), NativeFloats.of(output), activation);
        counter.forward();
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        ElementwiseActivation activation = coveredActivation();
        if (activation == null || epsilon.dataType() != DataType.FLOAT || epsilon.rank() != 2) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        int batch = Math.toIntExact(input.size(0));
        int units = nOut();
        if (delta == null || delta.capacity() < (long) batch * units) {
            delta = new FloatPointer((long) batch * units);
        }
        BlasMatrix deltas = BlasMatrix.rowMajor(delta, batch, units);
        FloatBuffer deltaNumbers = delta.asBuffer();
        outputs(deltas, deltaNumbers, activation);

        FloatBuffer epsilons = NativeFloats.spanning(epsilon);
        long rowStride = epsilon.stride(0);
        long columnStride = epsilon.stride(1);
        float[] biasGradient = new float[units];
        for (int r = 0, e = 0; r < batch; r++) {
            for (int c = 0; c < units; c++, e++) {
                float d = epsilons.get((int) (r * rowStride + c * columnStride)) * activation.slopeAt(deltaNumbers.get(e));
                deltaNumbers.put(e, d);
                biasGradient[c] += d;
            }
        }

        INDArray biasGradientView = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
        FloatBuffer biasNumbers = NativeFloats.spanning(biasGradientView);
        long biasStride = biasGradientView.stride(biasGradientView.rank() - 1);
        for (int c = 0; c < units; c++) {
            biasNumbers.put((int) (c * biasStride), biasGradient[c]);
        }
        INDArray weightGradientView = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
        BlasMatrix.multiply(BlasMatrix.of(input).transpose(), deltas, BlasMatrix.of(weightGradientView));
        Gradient gradient = new DefaultGradient(); // in DL4J's order: bias, then weights
        gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGradientView);
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGradientView);
        counter.backward();
        if (dropsInputGradient()) {
            countPassWithoutInputGradient();
            return new Pair<>(gradient, null);
        }
        INDArray inputGradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT,
                new long[] {batch, input.size(1)}, 'c');
        BlasMatrix.multiply(deltas, weights().transpose(), BlasMatrix.of(inputGradient));
        return new Pair<>(gradient, inputGradient);
    }

    /** Writes {@code f(xW + b)} into {@code outputs}, a packed row-major matrix whose numbers {@code numbers} reads and writes. */
    private void outputs(BlasMatrix outputs, FloatBuffer numbers, ElementwiseActivation activation) {
        BlasMatrix.multiply(BlasMatrix.of(input), weights(), outputs);
        float[] bias = bias();
        for (int r = 0, e = 0; r < outputs.rows(); r++) {
            for (int c = 0; c < bias.length; c++, e++) {
                numbers.put(e, activation.apply(numbers.get(e) + bias[c]));
            }
        }
    }

    private BlasMatrix weights() {
        return BlasMatrix.of(params.get(DefaultParamInitializer.WEIGHT_KEY));
    }

    private float[] bias() {
        INDArray b = params.get(DefaultParamInitializer.BIAS_KEY);
        FloatBuffer numbers = NativeFloats.spanning(b);
        long stride = b.stride(b.rank() - 1);
        float[] values = new float[nOut()];
        for (int c = 0; c < values.length; c++) {
            values[c] = numbers.get((int) (c * stride));
        }
        return values;
    }

    /** The layer's activation in Java when this pass is one the layer covers, else null. */
    private ElementwiseActivation coveredActivation() {
        if (!PlainDensePass.isPlain(this) || !hasBias() || PlainDensePass.multiplyAdds(this) > largestProduct
                || BlasMatrix.of(input) == null) {
            return null;
        }
        return ElementwiseActivation.of(layerConf().getActivationFn());
    }

    private int nOut() {
        return Math.toIntExact(layerConf().getNOut());
    }
}
