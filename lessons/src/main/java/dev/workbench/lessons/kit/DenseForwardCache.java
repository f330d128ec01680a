package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Speed-up for networks with large DL4J dense layers: {@link #install} swaps each one for a
 * {@link CachingDenseLayer}, whose backward pass reuses the weighted sums of the training forward
 * pass before it instead of computing them again (see docs/benchmarks.md, "Dense layers keep their
 * sums"). Same gradients as DL4J's layer ({@code DenseForwardCacheTest}).
 *
 * <p>The swap is of layer objects, not of the configuration: checkpoints are unchanged, and
 * {@code install} must be called again after anything that builds new layers (a clone, a restored
 * checkpoint).
 */
public final class DenseForwardCache {
    /** {@code -Dworkbench.dl4j-dense=true} leaves every dense layer to DL4J: for A/B benchmarks (bench/ab.sh). */
    static final String DL4J_ONLY = "workbench.dl4j-dense";

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
        return LayerSwap.swapAll(net, DenseLayer.class, dense -> new CachingDenseLayer(dense, smallestProduct));
    }

    /** How many backward passes of {@code layer} reused its forward pass's sums; zero for any other layer. */
    public static long reuses(Layer layer) {
        return LayerSwap.unwrapped(layer) instanceof CachingDenseLayer dense ? dense.reuses() : 0;
    }
}
