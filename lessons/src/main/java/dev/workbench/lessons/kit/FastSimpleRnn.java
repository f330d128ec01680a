package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.recurrent.SimpleRnn;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Speed-up for networks with DL4J {@code SimpleRnn} layers: {@link #install} swaps each one for a
 * {@link FastSimpleRnnLayer}, which makes one OpenBLAS call per matrix product instead of several
 * ND4J calls per time step (see docs/benchmarks.md, "SimpleRnn with direct BLAS calls"). Outputs and
 * gradients match DL4J's own code ({@code FastSimpleRnnTest}); cases it does not cover still run
 * DL4J's code. CPU backend only.
 *
 * <p>The swap is of layer objects, not of the configuration: checkpoints are unchanged, and
 * {@code install} must be called again after anything that builds new layers (a clone, a restored
 * checkpoint).
 */
public final class FastSimpleRnn {
    /** {@code -Dworkbench.dl4j-simplernn=true} leaves every SimpleRnn layer to DL4J: for A/B benchmarks (bench/ab.sh). */
    static final String DL4J_ONLY = "workbench.dl4j-simplernn";

    /**
     * The most numbers, {@code T x batch x (H + nIn)}, one pass takes on (32 MB of floats): the
     * passes keep a few arrays that large, in Java and native memory, besides DL4J's own.
     */
    static final long LARGEST_PASS = 8L << 20;

    private FastSimpleRnn() {
    }

    /** Swaps every SimpleRnn layer of {@code net}, also inside wrappers such as {@code LastTimeStep}; returns how many. */
    public static int install(MultiLayerNetwork net) {
        return install(net, LARGEST_PASS);
    }

    static int install(MultiLayerNetwork net, long largestPass) {
        if (Boolean.getBoolean(DL4J_ONLY) || !Nd4j.getEnvironment().isCPU()) {
            return 0;
        }
        return LayerSwap.swapAll(net, SimpleRnn.class, rnn -> new FastSimpleRnnLayer(rnn, largestPass));
    }

    /** Whether {@code layer} (or the SimpleRnn inside a wrapper) is the fast one. */
    public static boolean isInstalled(Layer layer) {
        return LayerSwap.unwrapped(layer) instanceof FastSimpleRnnLayer;
    }

    /** How many forward and backward passes {@code layer} ran on the fast path; zeros for any other layer. */
    public static long[] passes(Layer layer) {
        if (LayerSwap.unwrapped(layer) instanceof FastSimpleRnnLayer rnn) {
            return new long[] {rnn.passes().forwards(), rnn.passes().backwards()};
        }
        return new long[] {0, 0};
    }
}
