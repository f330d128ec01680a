package dev.workbench.lessons.kit;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import dev.workbench.lessons.engine.NativeFloats;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Map;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.AlgoMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.BwdDataAlgo;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.BwdFilterAlgo;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.FwdAlgo;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The helper of a network's first convolution when nothing reads the gradient for the network's
 * input: backprop computes only the weight and bias gradients, as one OpenBLAS product per image
 * of the output gradient with the image's patches (im2col, plus a row of ones for the bias), and
 * hands DL4J no input gradient. oneDNN would compute that unused gradient too, and for LeNet's
 * one-channel first layer both of its backward passes are slow (docs/benchmarks.md, "LeNet's
 * first convolution"). The forward pass, and backprop it does not cover (padding, dilation, NHWC,
 * other than contiguous floats), go to the helper it wraps.
 */
final class FirstConvolutionHelper implements ConvolutionHelper {
    private final ConvolutionHelper wrapped;
    private final PassCounter passes = new PassCounter();

    FirstConvolutionHelper(ConvolutionHelper wrapped) {
        this.wrapped = wrapped;
    }

    PassCounter passes() {
        return passes;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray weights, INDArray bias, INDArray delta,
            int[] kernel, int[] strides, int[] pad, INDArray biasGradView, INDArray weightGradView, IActivation afn,
            AlgoMode mode, BwdFilterAlgo bwdFilterAlgo, BwdDataAlgo bwdDataAlgo, ConvolutionMode convolutionMode,
            int[] dilation, CNN2DFormat format, LayerWorkspaceMgr workspaceMgr) {
        Patches patches = Patches.of(input, delta, kernel, strides, pad, dilation, format, convolutionMode);
        if (patches == null || weightGradView.dataType() != DataType.FLOAT) {
            return wrapped.backpropGradient(input, weights, bias, delta, kernel, strides, pad, biasGradView,
                    weightGradView, afn, mode, bwdFilterAlgo, bwdDataAlgo, convolutionMode, dilation, format, workspaceMgr);
        }
        float[] weightsAndBias = patches.weightAndBiasGradients(input, delta);
        write(weightsAndBias, patches, weightGradView, biasGradView);

        Gradient gradient = new DefaultGradient();
        if (bias != null) {
            gradient.gradientForVariable().put(ConvolutionParamInitializer.BIAS_KEY, biasGradView);
        }
        gradient.gradientForVariable().put(ConvolutionParamInitializer.WEIGHT_KEY, weightGradView);
        passes.backward();
        return new Pair<>(gradient, null);
    }

    /** Weight gradients [oC, iC, kH, kW] in row-major order, then one bias gradient per output channel. */
    private static void write(float[] weightsAndBias, Patches patches, INDArray weightGradView, INDArray biasGradView) {
        int taps = patches.taps();
        FloatBuffer weightGradient = NativeFloats.of(weightGradView);
        for (int o = 0; o < patches.outChannels; o++) {
            weightGradient.put(o * taps, weightsAndBias, o * (taps + 1), taps);
        }
        if (biasGradView != null) {
            FloatBuffer biasGradient = NativeFloats.of(biasGradView);
            for (int o = 0; o < patches.outChannels; o++) {
                biasGradient.put(o, weightsAndBias[o * (taps + 1) + taps]);
            }
        }
    }

    /** The geometry of a convolution this helper covers: NCHW floats, no padding, no dilation; and its im2col. */
    private record Patches(int images, int inChannels, int inH, int inW, int outChannels, int outH, int outW,
            int kH, int kW, int strideH, int strideW) {

        static Patches of(INDArray input, INDArray delta, int[] kernel, int[] strides, int[] pad, int[] dilation,
                CNN2DFormat format, ConvolutionMode mode) {
            boolean plain = format == CNN2DFormat.NCHW
                    && (mode == ConvolutionMode.Truncate || mode == ConvolutionMode.Strict)
                    && pad[0] == 0 && pad[1] == 0 && dilation[0] == 1 && dilation[1] == 1
                    && input.rank() == 4 && delta.rank() == 4
                    && rowMajorFloats(input) && rowMajorFloats(delta);
            if (!plain) {
                return null;
            }
            Patches p = new Patches((int) input.size(0), (int) input.size(1), (int) input.size(2), (int) input.size(3),
                    (int) delta.size(1), (int) delta.size(2), (int) delta.size(3), kernel[0], kernel[1], strides[0],
                    strides[1]);
            boolean fits = p.outH == (p.inH - p.kH) / p.strideH + 1 && p.outW == (p.inW - p.kW) / p.strideW + 1
                    && delta.size(0) == p.images;
            return fits ? p : null;
        }

        private static boolean rowMajorFloats(INDArray array) {
            return NativeFloats.contiguous(array) && array.ordering() == 'c';
        }

        int taps() {
            return inChannels * kH * kW;
        }

        int positions() {
            return outH * outW;
        }

        /** Row o: the weight gradient of output channel o (taps), then its bias gradient. */
        float[] weightAndBiasGradients(INDArray input, INDArray delta) {
            int rows = taps() + 1;
            int positions = positions();
            float[] image = new float[inChannels * inH * inW];
            float[] columns = new float[rows * positions];
            Arrays.fill(columns, taps() * positions, rows * positions, 1f);
            FloatBuffer pixels = NativeFloats.of(input);
            FloatPointer deltas = new FloatPointer(delta.data().addressPointer()); // a view of ND4J's memory
            try (FloatPointer patches = new FloatPointer((long) rows * positions);
                    FloatPointer gradients = new FloatPointer((long) outChannels * rows)) {
                for (int n = 0; n < images; n++) {
                    pixels.get(n * image.length, image);
                    im2col(image, columns);
                    patches.put(columns, 0, columns.length);
                    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, outChannels, rows, positions,
                            1, deltas.position((long) n * outChannels * positions), positions, patches, positions,
                            n == 0 ? 0 : 1, gradients, rows);
                }
                float[] result = new float[outChannels * rows];
                gradients.get(result);
                return result;
            }
        }

        private void im2col(float[] image, float[] columns) {
            int positions = positions();
            for (int c = 0; c < inChannels; c++) {
                for (int i = 0; i < kH; i++) {
                    for (int j = 0; j < kW; j++) {
                        int row = ((c * kH + i) * kW + j) * positions;
                        for (int y = 0; y < outH; y++) {
                            int from = (c * inH + y * strideH + i) * inW + j;
                            int to = row + y * outW;
                            if (strideW == 1) {
                                System.arraycopy(image, from, columns, to, outW);
                            } else {
                                for (int x = 0; x < outW; x++) {
                                    columns[to + x] = image[from + x * strideW];
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public INDArray preOutput(INDArray input, INDArray weights, INDArray bias, int[] kernel, int[] strides, int[] pad,
            AlgoMode mode, FwdAlgo fwdAlgo, ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        return wrapped.preOutput(input, weights, bias, kernel, strides, pad, mode, fwdAlgo, convolutionMode, dilation,
                format, workspaceMgr);
    }

    @Override
    public INDArray activate(INDArray z, IActivation afn, boolean training) {
        return wrapped.activate(z, afn, training);
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return wrapped.helperMemoryUse();
    }

    @Override
    public boolean checkSupported() {
        return wrapped.checkSupported();
    }
}
