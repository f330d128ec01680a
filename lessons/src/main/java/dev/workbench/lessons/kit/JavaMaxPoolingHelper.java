package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.NativeFloats;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Map;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingHelper;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Max pooling without padding or dilation on NCHW floats, forward and backward, computed in Java a
 * few image planes at a time. For any other pooling it returns null, and DL4J runs its own code.
 *
 * <p>The gradient goes to the first largest value of each window, as in libnd4j's own pooling (a
 * window's later equal values get none), and adds up where windows overlap.
 */
final class JavaMaxPoolingHelper implements SubsamplingHelper {
    /** About this many numbers per chunk of whole planes: a chunk's arrays fit in the CPU's cache. */
    private static final int CHUNK = 8192;

    private final PassCounter passes = new PassCounter();

    PassCounter passes() {
        return passes;
    }

    @Override
    public INDArray activate(INDArray input, boolean training, int[] kernel, int[] strides, int[] pad,
            PoolingType poolingType, ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        Geometry g = Geometry.of(input, kernel, strides, pad, poolingType, convolutionMode, dilation, format);
        if (g == null) {
            return null;
        }
        INDArray output = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, input.dataType(),
                new long[] {input.size(0), input.size(1), g.outH, g.outW}, 'c');
        FloatBuffer in = NativeFloats.of(input);
        FloatBuffer out = NativeFloats.of(output);
        int planes = g.planes(input);
        int chunk = g.planesPerChunk();
        float[] inChunk = new float[chunk * g.inPlane()];
        float[] outChunk = new float[chunk * g.outPlane()];
        for (int first = 0; first < planes; first += chunk) {
            int count = Math.min(chunk, planes - first);
            in.get(first * g.inPlane(), inChunk, 0, count * g.inPlane());
            for (int p = 0; p < count; p++) {
                g.forward(inChunk, p * g.inPlane(), outChunk, p * g.outPlane());
            }
            out.put(first * g.outPlane(), outChunk, 0, count * g.outPlane());
        }
        passes.forward();
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray epsilon, int[] kernel, int[] strides,
            int[] pad, PoolingType poolingType, ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        Geometry g = Geometry.of(input, kernel, strides, pad, poolingType, convolutionMode, dilation, format);
        if (g == null || !Arrays.equals(epsilon.shape(), new long[] {input.size(0), input.size(1), g.outH, g.outW})) {
            return null;
        }
        INDArray outputGradient = Geometry.contiguousC(epsilon) ? epsilon : epsilon.dup('c');
        INDArray inputGradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, input.dataType(),
                input.shape(), 'c');
        FloatBuffer in = NativeFloats.of(input);
        FloatBuffer eps = NativeFloats.of(outputGradient);
        FloatBuffer grad = NativeFloats.of(inputGradient);
        int planes = g.planes(input);
        int chunk = g.planesPerChunk();
        float[] inChunk = new float[chunk * g.inPlane()];
        float[] epsChunk = new float[chunk * g.outPlane()];
        float[] gradChunk = new float[chunk * g.inPlane()];
        for (int first = 0; first < planes; first += chunk) {
            int count = Math.min(chunk, planes - first);
            in.get(first * g.inPlane(), inChunk, 0, count * g.inPlane());
            eps.get(first * g.outPlane(), epsChunk, 0, count * g.outPlane());
            Arrays.fill(gradChunk, 0, count * g.inPlane(), 0f);
            for (int p = 0; p < count; p++) {
                g.backward(inChunk, epsChunk, gradChunk, p * g.inPlane(), p * g.outPlane());
            }
            grad.put(first * g.inPlane(), gradChunk, 0, count * g.inPlane());
        }
        passes.backward();
        return new Pair<>(new DefaultGradient(), inputGradient);
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return Map.of();
    }

    @Override
    public boolean checkSupported() {
        return true;
    }

    /** One pooling's sizes; {@link #of} gives null for a pooling this helper leaves to DL4J. */
    private record Geometry(int inH, int inW, int kH, int kW, int sH, int sW, int outH, int outW) {

        static Geometry of(INDArray input, int[] kernel, int[] strides, int[] pad, PoolingType poolingType,
                ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format) {
            boolean plain = poolingType == PoolingType.MAX && format == CNN2DFormat.NCHW && pad[0] == 0 && pad[1] == 0
                    && dilation[0] == 1 && dilation[1] == 1 && input.rank() == 4 && contiguousC(input)
                    && (convolutionMode == ConvolutionMode.Truncate || convolutionMode == ConvolutionMode.Same);
            if (!plain) {
                return null;
            }
            int inH = (int) input.size(2);
            int inW = (int) input.size(3);
            if (inH < kernel[0] || inW < kernel[1]) {
                return null;
            }
            Geometry g = new Geometry(inH, inW, kernel[0], kernel[1], strides[0], strides[1],
                    (inH - kernel[0]) / strides[0] + 1, (inW - kernel[1]) / strides[1] + 1);
            // "Same" mode is the same pooling where it pads nothing; Strict's checks are left to DL4J.
            return convolutionMode == ConvolutionMode.Same && !g.samePadsNothing() ? null : g;
        }

        static boolean contiguousC(INDArray array) {
            return NativeFloats.contiguous(array) && array.ordering() == 'c';
        }

        int planes(INDArray input) {
            return Math.toIntExact(input.size(0) * input.size(1));
        }

        int inPlane() {
            return inH * inW;
        }

        int outPlane() {
            return outH * outW;
        }

        /** Whole planes per chunk: about CHUNK numbers, at least one plane. */
        int planesPerChunk() {
            return Math.max(1, CHUNK / inPlane());
        }

        /** Whether "same" mode gives this output size, ceil(in / stride), so that it pads nothing. */
        boolean samePadsNothing() {
            return outH == (inH + sH - 1) / sH && outW == (inW + sW - 1) / sW;
        }

        void forward(float[] in, int inStart, float[] out, int outStart) {
            if (twoByTwo()) {
                forwardTwoByTwo(in, inStart, out, outStart);
                return;
            }
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    out[outStart + oy * outW + ox] = in[inStart + argmax(in, inStart, oy, ox)];
                }
            }
        }

        void backward(float[] in, float[] eps, float[] grad, int inStart, int outStart) {
            if (twoByTwo()) {
                backwardTwoByTwo(in, eps, grad, inStart, outStart);
                return;
            }
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    grad[inStart + argmax(in, inStart, oy, ox)] += eps[outStart + oy * outW + ox];
                }
            }
        }

        /** 2x2 windows every 2 pixels, LeNet's and most networks' pooling: written out, without branches on the values. */
        private boolean twoByTwo() {
            return kH == 2 && kW == 2 && sH == 2 && sW == 2;
        }

        private void forwardTwoByTwo(float[] in, int inStart, float[] out, int outStart) {
            for (int oy = 0; oy < outH; oy++) {
                int top = inStart + 2 * oy * inW;
                int o = outStart + oy * outW;
                for (int ox = 0; ox < outW; ox++) {
                    int x = top + 2 * ox;
                    out[o + ox] = Math.max(Math.max(in[x], in[x + 1]), Math.max(in[x + inW], in[x + inW + 1]));
                }
            }
        }

        /** Expects {@code grad} zeroed: each window puts its gradient on one pixel (the windows do not overlap). */
        private void backwardTwoByTwo(float[] in, float[] eps, float[] grad, int inStart, int outStart) {
            for (int oy = 0; oy < outH; oy++) {
                int top = inStart + 2 * oy * inW;
                int o = outStart + oy * outW;
                for (int ox = 0; ox < outW; ox++) {
                    int x = top + 2 * ox;
                    float a = in[x];
                    float b = in[x + 1];
                    float c = in[x + inW];
                    float d = in[x + inW + 1];
                    // The first largest in reading order, as libnd4j picks it; the comparisons
                    // become 0 or 1 rather than branches, which random values would mispredict.
                    int rightOnTop = b > a ? 1 : 0;
                    int rightBelow = d > c ? 1 : 0;
                    int below = Math.max(c, d) > Math.max(a, b) ? 1 : 0;
                    grad[x + below * inW + rightOnTop + below * (rightBelow - rightOnTop)] = eps[o + ox];
                }
            }
        }

        /** The plane offset of window (oy, ox)'s first largest value. */
        private int argmax(float[] in, int inStart, int oy, int ox) {
            int best = (oy * sH) * inW + ox * sW;
            float max = in[inStart + best];
            for (int ky = 0; ky < kH; ky++) {
                int row = (oy * sH + ky) * inW + ox * sW;
                for (int kx = 0; kx < kW; kx++) {
                    float value = in[inStart + row + kx];
                    if (value > max) {
                        max = value;
                        best = row + kx;
                    }
                }
            }
            return best;
        }
    }
}
