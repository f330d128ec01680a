package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.NativeFloats;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's output layer whose forward pass, backprop and score make one OpenBLAS call per matrix
 * product and do the rest (bias, activation, loss and its gradient: {@link OutputLoss}) in Java
 * loops, for small layers, where DL4J's dozen ND4J calls per pass cost more than the arithmetic.
 * Covers float input and labels without masks, dropout, weight noise or layer norm, with a bias and
 * an activation and loss {@link OutputLoss} knows; anything else, and larger passes, run the code of
 * the layer it replaces ({@link CachingOutputLayer} or DL4J's). Shares the original layer's
 * configuration and parameter and gradient views, so checkpoints are unchanged.
 */
final class FastOutputLayer extends CachingOutputLayer {
    private final PassCounter counter = new PassCounter();
    private final long largestProduct;
    private FloatPointer delta; // the backward pass's dLoss/dz, kept for the next pass

    /** @param largestProduct the most multiply-adds ({@code batch x nIn x nOut}) a pass may take on */
    FastOutputLayer(OutputLayer original, long largestProduct) {
        super(original, original instanceof CachingOutputLayer caching ? caching.smallestProduct() : Long.MAX_VALUE);
        this.largestProduct = largestProduct;
    }

    PassCounter passes() {
        return counter;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        OutputLoss loss = coveredLoss();
        if (loss == null) {
            return super.activate(training, workspaceMgr);
        }
        int batch = batch();
        INDArray output = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT,
                new long[] {batch, nOut()}, 'c');
        FloatBuffer numbers = NativeFloats.of(output);
        float[] values = sums(BlasMatrix.of(output), numbers);
        loss.activate(values, batch, nOut());
        numbers.put(0, values);
        counter.forward();
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        OutputLoss loss = coveredLoss();
        if (loss == null || !labelsCovered()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        int batch = batch();
        int units = nOut();
        if (delta == null || delta.capacity() < (long) batch * units) {
            delta = new FloatPointer((long) batch * units);
        }
        BlasMatrix deltas = BlasMatrix.rowMajor(delta, batch, units);
        FloatBuffer deltaNumbers = delta.asBuffer();
        float[] values = sums(deltas, deltaNumbers);
        loss.activate(values, batch, units);
        loss.gradient(values, rowMajor(labels), batch, units);
        deltaNumbers.put(0, values);

        Gradient gradient = new DefaultGradient(); // in DL4J's order: weights, then bias
        INDArray weightGradientView = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
        BlasMatrix.multiply(BlasMatrix.of(input).transpose(), deltas, BlasMatrix.of(weightGradientView));
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGradientView);
        INDArray biasGradientView = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
        FloatBuffer biasNumbers = NativeFloats.spanning(biasGradientView);
        long biasStride = biasGradientView.stride(biasGradientView.rank() - 1);
        for (int c = 0; c < units; c++) {
            double sum = 0;
            for (int r = 0; r < batch; r++) {
                sum += values[r * units + c];
            }
            biasNumbers.put((int) (c * biasStride), (float) sum);
        }
        gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGradientView);

        INDArray inputGradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT,
                new long[] {batch, input.size(1)}, 'c');
        BlasMatrix.multiply(deltas, weights().transpose(), BlasMatrix.of(inputGradient));
        counter.backward();
        return new Pair<>(gradient, inputGradient);
    }

    @Override
    public double computeScore(double fullNetRegTerm, boolean training, LayerWorkspaceMgr workspaceMgr) {
        OutputLoss loss = coveredLoss();
        if (loss == null || !labelsCovered()) {
            return super.computeScore(fullNetRegTerm, training, workspaceMgr);
        }
        int batch = batch();
        int units = nOut();
        if (delta == null || delta.capacity() < (long) batch * units) {
            delta = new FloatPointer((long) batch * units);
        }
        float[] values = sums(BlasMatrix.rowMajor(delta, batch, units), delta.asBuffer());
        loss.activate(values, batch, units);
        double sum = loss.score(values, rowMajor(labels), batch, units);
        if (conf().isMiniBatch()) {
            sum /= getInputMiniBatchSize();
        }
        score = sum + fullNetRegTerm;
        return score;
    }

    /** Writes {@code xW} into {@code product} (whose numbers {@code numbers} reads), then returns {@code xW + b} row by row. */
    private float[] sums(BlasMatrix product, FloatBuffer numbers) {
        BlasMatrix.multiply(BlasMatrix.of(input), weights(), product);
        float[] values = new float[product.rows() * product.columns()];
        numbers.get(0, values);
        float[] bias = rowMajor(params.get(DefaultParamInitializer.BIAS_KEY));
        for (int e = 0; e < values.length; e++) {
            values[e] += bias[e % bias.length];
        }
        return values;
    }

    private BlasMatrix weights() {
        return BlasMatrix.of(params.get(DefaultParamInitializer.WEIGHT_KEY));
    }

    /** A vector or matrix's numbers, row by row. */
    private static float[] rowMajor(INDArray array) {
        int rows = array.rank() == 1 ? 1 : Math.toIntExact(array.size(0));
        int columns = Math.toIntExact(array.size(array.rank() - 1));
        long rowStride = array.rank() == 1 ? 0 : array.stride(0);
        long columnStride = array.stride(array.rank() - 1);
        FloatBuffer numbers = NativeFloats.spanning(array);
        float[] values = new float[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = numbers.get((int) (r * rowStride + c * columnStride));
            }
        }
        return values;
    }

    private boolean labelsCovered() {
        return labels != null && labels.rank() == 2 && labels.dataType() == DataType.FLOAT
                && labels.size(0) == input.size(0) && labels.size(1) == nOut();
    }

    /** The layer's activation and loss in Java when this pass is one the layer covers, else null. */
    private OutputLoss coveredLoss() {
        if (!PlainDensePass.isPlain(this) || !hasBias() || PlainDensePass.multiplyAdds(this) > largestProduct
                || BlasMatrix.of(input) == null) {
            return null;
        }
        return OutputLoss.of(layerConf().getActivationFn(), layerConf().getLossFn());
    }

    private int batch() {
        return Math.toIntExact(input.size(0));
    }

    private int nOut() {
        return Math.toIntExact(layerConf().getNOut());
    }
}
