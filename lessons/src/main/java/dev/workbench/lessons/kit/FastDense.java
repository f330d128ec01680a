package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Speed-up for networks of small DL4J dense layers: {@link #install} swaps each one for a
 * {@link FastDenseLayer}, and each output layer for a {@link FastOutputLayer}, which makes one OpenBLAS call per matrix product and does the rest in
 * Java instead of several ND4J calls per pass (see docs/benchmarks.md, "Small dense layers with
 * direct BLAS calls"). Outputs and gradients match DL4J's own code ({@code FastDenseTest}); cases it
 * does not cover still run DL4J's code. CPU backend only. Large passes are
 * {@link DenseForwardCache}'s: install that first where both apply, and the fast layer keeps its cache.
 *
 * <p>The swap is of layer objects, not of the configuration: checkpoints are unchanged, and
 * {@code install} must be called again after anything that builds new layers (a clone, a restored
 * checkpoint).
 */
public final class FastDense {
    /** {@code -Dworkbench.dl4j-small-dense=true} leaves every small dense layer to DL4J: for A/B benchmarks (bench/ab.sh). */
    static final String DL4J_ONLY = "workbench.dl4j-small-dense";

    /** The most multiply-adds per pass ({@code batch x nIn x nOut}) the fast path takes: from there on the products dominate. */
    static final long LARGEST_PRODUCT = DenseForwardCache.SMALLEST_PRODUCT - 1;

    private FastDense() {
    }

    /** Swaps every plain DL4J dense layer of {@code net}, and every {@link CachingDenseLayer} (keeping its cache for large passes); returns how many. */
    public static int install(MultiLayerNetwork net) {
        return install(net, LARGEST_PRODUCT);
    }

    static int install(MultiLayerNetwork net, long largestProduct) {
        if (!enabled()) {
            return 0;
        }
        int swapped = LayerSwap.swapAll(net, DenseLayer.class, dense -> new FastDenseLayer(dense, largestProduct))
                + LayerSwap.swapAll(net, CachingDenseLayer.class, dense -> new FastDenseLayer(dense, largestProduct));
        if (Boolean.getBoolean(DenseForwardCache.DL4J_OUTPUT_LAYER)) {
            return swapped;
        }
        return swapped + LayerSwap.swapAll(net, OutputLayer.class, output -> new FastOutputLayer(output, largestProduct))
                + LayerSwap.swapAll(net, CachingOutputLayer.class, output -> new FastOutputLayer(output, largestProduct));
    }

    /** Swaps every plain DL4J dense layer and {@link CachingDenseLayer} of {@code graph}; returns how many. */
    public static int install(ComputationGraph graph) {
        if (!enabled()) {
            return 0;
        }
        int swapped = LayerSwap.swapAll(graph, DenseLayer.class, dense -> new FastDenseLayer(dense, LARGEST_PRODUCT))
                + LayerSwap.swapAll(graph, CachingDenseLayer.class, dense -> new FastDenseLayer(dense, LARGEST_PRODUCT));
        if (Boolean.getBoolean(DenseForwardCache.DL4J_OUTPUT_LAYER)) {
            return swapped;
        }
        return swapped + LayerSwap.swapAll(graph, OutputLayer.class, output -> new FastOutputLayer(output, LARGEST_PRODUCT))
                + LayerSwap.swapAll(graph, CachingOutputLayer.class, output -> new FastOutputLayer(output, LARGEST_PRODUCT));
    }

    /** Whether {@code layer} is a fast one. */
    public static boolean isInstalled(Layer layer) {
        Layer inner = LayerSwap.unwrapped(layer);
        return inner instanceof FastDenseLayer || inner instanceof FastOutputLayer;
    }

    /** How many forward and backward passes {@code layer} ran on the fast path; zeros for any other layer. */
    public static long[] passes(Layer layer) {
        Layer inner = LayerSwap.unwrapped(layer);
        if (inner instanceof FastDenseLayer dense) {
            return new long[] {dense.passes().forwards(), dense.passes().backwards()};
        }
        if (inner instanceof FastOutputLayer output) {
            return new long[] {output.passes().forwards(), output.passes().backwards()};
        }
        return new long[] {0, 0};
    }

    private static boolean enabled() {
        return !Boolean.getBoolean(DL4J_ONLY) && Nd4j.getEnvironment().isCPU();
    }
}
