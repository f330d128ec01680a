package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Speed-up for networks with large DL4J dense layers: {@link #install} swaps each one for a
 * {@link CachingDenseLayer}, whose backward pass reuses the weighted sums of the training forward
 * pass before it instead of computing them again, and the output layer for a
 * {@link CachingOutputLayer}, which computes its sums once per step instead of twice (see
 * docs/benchmarks.md, "Dense layers keep their sums"). Same gradients as DL4J's layers
 * ({@code DenseForwardCacheTest}).
 *
 * <p>The swap is of layer objects, not of the configuration: checkpoints are unchanged, and
 * {@code install} must be called again after anything that builds new layers (a clone, a restored
 * checkpoint).
 */
public final class DenseForwardCache {
    /** {@code -Dworkbench.dl4j-dense=true} leaves every dense layer to DL4J: for A/B benchmarks (bench/ab.sh). */
    static final String DL4J_ONLY = "workbench.dl4j-dense";

    /** {@code -Dworkbench.dl4j-output-layer=true} leaves output layers to DL4J (here and in {@link FastDense}): for A/B benchmarks. */
    static final String DL4J_OUTPUT_LAYER = "workbench.dl4j-output-layer";

    /** {@code -Dworkbench.keep-input-gradient=true} keeps the first layer's input gradient: for A/B benchmarks. */
    static final String KEEP_INPUT_GRADIENT = "workbench.keep-input-gradient";

    /**
     * Below this many multiply-adds per forward pass ({@code batch x nIn x nOut}) the product costs
     * less than keeping a copy of its result (two ND4J calls, a few microseconds each).
     */
    static final long SMALLEST_PRODUCT = 1L << 20;

    private DenseForwardCache() {
    }

    /** Swaps every dense layer of {@code net}; returns how many. */
    public static int install(MultiLayerNetwork net) {
        return install(net, SMALLEST_PRODUCT);
    }

    static int install(MultiLayerNetwork net, long smallestProduct) {
        if (Boolean.getBoolean(DL4J_ONLY)) {
            return 0;
        }
        return LayerSwap.swapAll(net, DenseLayer.class, dense -> new CachingDenseLayer(dense, smallestProduct))
                + (Boolean.getBoolean(DL4J_OUTPUT_LAYER) ? 0
                        : LayerSwap.swapAll(net, OutputLayer.class, output -> new CachingOutputLayer(output, smallestProduct)));
    }

    /**
     * {@link #install}, and the first layer's backprop computes no gradient for the network's input
     * (a matrix product as large as its forward pass). Only for a network that is only trained:
     * after it, {@code calculateGradients} hands back null for the input.
     */
    public static int installForTrainingOnly(MultiLayerNetwork net) {
        int swapped = install(net);
        if (net.getLayer(0) instanceof CachingDenseLayer first && !Boolean.getBoolean(KEEP_INPUT_GRADIENT)) {
            first.dropInputGradient();
        }
        return swapped;
    }

    /** How many training steps of {@code layer} reused sums it had computed; zero for any other layer. */
    public static long reuses(Layer layer) {
        Layer inner = LayerSwap.unwrapped(layer);
        if (inner instanceof CachingOutputLayer output) {
            return output.reuses();
        }
        return inner instanceof CachingDenseLayer dense ? dense.reuses() : 0;
    }

    /** How many backward passes of {@code layer} computed no input gradient; zero for any other layer. */
    public static long passesWithoutInputGradient(Layer layer) {
        return LayerSwap.unwrapped(layer) instanceof CachingDenseLayer dense ? dense.passesWithoutInputGradient() : 0;
    }
}
