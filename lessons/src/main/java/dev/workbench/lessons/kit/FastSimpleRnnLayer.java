package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.NativeFloats;
import java.nio.FloatBuffer;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.recurrent.SimpleRnn;
import org.deeplearning4j.nn.params.SimpleRnnParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's SimpleRnn layer whose passes run in {@link TanhRnnPasses}, up to a size limit: one
 * OpenBLAS call per product instead of several ND4J calls per time step. Covers tanh on float NCW input,
 * without masks, dropout, weight noise or layer norm, from a zero state; anything else, and
 * {@code rnnTimeStep}, run DL4J's code. Shares the original layer's configuration and parameter
 * and gradient views, so checkpoints are unchanged.
 */
final class FastSimpleRnnLayer extends SimpleRnn {
    private final PassCounter counter = new PassCounter();
    private final long largestPass;

    /** @param largestPass the most numbers, {@code T x batch x (H + nIn)}, a pass takes on; larger ones run DL4J's code */
    FastSimpleRnnLayer(SimpleRnn original, long largestPass) {
        super(original.conf(), original.getDataType());
        this.largestPass = largestPass;
        LayerSwap.adoptState(original, this);
    }

    PassCounter passes() {
        return counter;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        if (!covered()) {
            return super.activate(training, workspaceMgr);
        }
        Shape s = Shape.of(input, nOut());
        float[] h;
        try (TanhRnnPasses passes = tanhPasses(s)) {
            h = passes.forward();
        }
        INDArray output = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, s.shape(s.units), 'f');
        s.write(h, output, s.units);
        counter.forward();
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (!covered() || epsilon.dataType() != DataType.FLOAT) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        Shape s = Shape.of(input, nOut());
        TanhRnnPasses.Gradients g;
        try (TanhRnnPasses passes = tanhPasses(s)) {
            passes.forward();
            g = passes.backward(s.read(epsilon, s.units));
        }

        write(g.w(), gradientViews.get(SimpleRnnParamInitializer.WEIGHT_KEY));
        write(g.rw(), gradientViews.get(SimpleRnnParamInitializer.RECURRENT_WEIGHT_KEY));
        write(g.bias(), gradientViews.get(SimpleRnnParamInitializer.BIAS_KEY));
        Gradient gradient = new DefaultGradient(gradientsFlattened);
        gradient.gradientForVariable().put(SimpleRnnParamInitializer.WEIGHT_KEY,
                gradientViews.get(SimpleRnnParamInitializer.WEIGHT_KEY));
        gradient.gradientForVariable().put(SimpleRnnParamInitializer.RECURRENT_WEIGHT_KEY,
                gradientViews.get(SimpleRnnParamInitializer.RECURRENT_WEIGHT_KEY));
        gradient.gradientForVariable().put(SimpleRnnParamInitializer.BIAS_KEY,
                gradientViews.get(SimpleRnnParamInitializer.BIAS_KEY));

        INDArray inputGradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT,
                s.shape(s.inputs), 'f');
        s.write(g.input(), inputGradient, s.inputs);
        counter.backward();
        return new Pair<>(gradient, inputGradient);
    }

    private boolean covered() {
        var conf = layerConf();
        if (input == null || input.rank() != 3 || input.dataType() != DataType.FLOAT || maskArray != null
                || conf.getIDropout() != null || conf.getWeightNoise() != null || hasLayerNorm()
                || conf.getRnnDataFormat() != RNNFormat.NCW || !(conf.getActivationFn() instanceof ActivationTanH)
                || getDataType() != DataType.FLOAT) {
            return false;
        }
        return input.size(2) * input.size(0) * (nOut() + input.size(1)) <= largestPass;
    }

    private int nOut() {
        return Math.toIntExact(layerConf().getNOut());
    }

    private TanhRnnPasses tanhPasses(Shape s) {
        return new TanhRnnPasses(s.steps, s.batch, s.inputs, s.units,
                read(params.get(SimpleRnnParamInitializer.WEIGHT_KEY)),
                read(params.get(SimpleRnnParamInitializer.RECURRENT_WEIGHT_KEY)),
                read(params.get(SimpleRnnParamInitializer.BIAS_KEY)), s.read(input, s.inputs));
    }

    /** A parameter (or its gradient) as a row-major Java array; the bias is a vector, one row. */
    private static float[] read(INDArray parameter) {
        Matrix m = Matrix.of(parameter);
        FloatBuffer numbers = NativeFloats.spanning(parameter);
        float[] values = new float[m.rows * m.columns];
        for (int r = 0; r < m.rows; r++) {
            for (int c = 0; c < m.columns; c++) {
                values[r * m.columns + c] = numbers.get(m.index(r, c));
            }
        }
        return values;
    }

    private static void write(float[] values, INDArray parameter) {
        Matrix m = Matrix.of(parameter);
        FloatBuffer numbers = NativeFloats.spanning(parameter);
        for (int r = 0; r < m.rows; r++) {
            for (int c = 0; c < m.columns; c++) {
                numbers.put(m.index(r, c), values[r * m.columns + c]);
            }
        }
    }

    private record Matrix(int rows, int columns, long rowStride, long columnStride) {
        static Matrix of(INDArray parameter) {
            if (parameter.rank() == 1) {
                return new Matrix(1, Math.toIntExact(parameter.size(0)), 0, parameter.stride(0));
            }
            return new Matrix(Math.toIntExact(parameter.size(0)), Math.toIntExact(parameter.size(1)),
                    parameter.stride(0), parameter.stride(1));
        }

        int index(int row, int column) {
            return (int) (row * rowStride + column * columnStride);
        }
    }

    /** A sequence batch's sizes, and the moves between DL4J's {@code [batch, features, T]} and the loops' {@code [T][batch][features]}. */
    private record Shape(int batch, int inputs, int steps, int units) {
        static Shape of(INDArray input, int units) {
            return new Shape(Math.toIntExact(input.size(0)), Math.toIntExact(input.size(1)),
                    Math.toIntExact(input.size(2)), units);
        }

        long[] shape(int features) {
            return new long[] {batch, features, steps};
        }

        float[] read(INDArray sequences, int features) {
            long[] stride = sequences.stride();
            FloatBuffer numbers = NativeFloats.spanning(sequences);
            float[] values = new float[steps * batch * features];
            for (int t = 0; t < steps; t++) {
                for (int b = 0; b < batch; b++) {
                    for (int f = 0; f < features; f++) {
                        values[(t * batch + b) * features + f] =
                                numbers.get((int) (b * stride[0] + f * stride[1] + t * stride[2]));
                    }
                }
            }
            return values;
        }

        void write(float[] values, INDArray sequences, int features) {
            long[] stride = sequences.stride();
            FloatBuffer numbers = NativeFloats.spanning(sequences);
            for (int t = 0; t < steps; t++) {
                for (int b = 0; b < batch; b++) {
                    for (int f = 0; f < features; f++) {
                        numbers.put((int) (b * stride[0] + f * stride[1] + t * stride[2]),
                                values[(t * batch + b) * features + f]);
                    }
                }
            }
        }
    }
}
