package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.recurrent.LSTM;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;


/**
 * Opt-in speed-up for networks with DL4J {@code LSTM} layers: {@link #install} gives each one a
 * helper that runs the layer much faster than DL4J's own per-step Java loop (see
 * docs/benchmarks.md, "Levers"). Small layers run in libnd4j's fused {@code lstmLayer} op and its
 * {@code lstmLayer_bp} backward op ({@link FusedLstmHelper}); larger ones in a hidden-major loop
 * whose per-step arrays are contiguous ({@link HiddenMajorLstmHelper}). The network's
 * configuration, parameters and checkpoints stay those of a plain DL4J LSTM, and outputs and
 * gradients match DL4J's own code ({@code FastLstmTest}); cases neither covers (masks handed to the
 * cell, other activations) still run DL4J's code, and truncated BPTT shorter than its forward
 * segment is refused here.
 *
 * <p>The helper lives on the layer objects, not in the configuration: call {@code install} again
 * after anything that builds new layers (a clone, a restored checkpoint).
 */
public final class FastLstm {
    /**
     * From this many units x batch rows on, the hidden-major loop beats the fused op: measured
     * equal near hidden 48 at batch 32 (docs/benchmarks.md); below it the fused op's single native
     * call wins, because each step's few thousand numbers cost less than the Java loop's op calls.
     */
    static final long HIDDEN_MAJOR_FROM = 48 * 32;

    private FastLstm() {
    }

    /** How many passes each path ran for one layer. */
    public record Passes(long fusedForwards, long fusedBackwards, long hiddenMajorForwards, long hiddenMajorBackwards) {
        public long backwards() {
            return fusedBackwards + hiddenMajorBackwards;
        }
    }

    /** Installs the helper on every LSTM layer of {@code net} that has no helper yet; returns how many. */
    public static int install(MultiLayerNetwork net) {
        return install(net, HIDDEN_MAJOR_FROM);
    }

    /** As {@link #install(MultiLayerNetwork)}, choosing the hidden-major loop from {@code hiddenMajorFrom} units x batch. */
    static int install(MultiLayerNetwork net, long hiddenMajorFrom) {
        var conf = net.getLayerWiseConfigurations();
        requireWholeSegments(conf.getBackpropType(), conf.getTbpttFwdLength(), conf.getTbpttBackLength());
        return install(net.getLayers(), hiddenMajorFrom, conf.getBackpropType() == BackpropType.TruncatedBPTT);
    }

    /** Installs the helper on every LSTM layer of {@code graph} that has no helper yet; returns how many. */
    public static int install(ComputationGraph graph) {
        var conf = graph.getConfiguration();
        requireWholeSegments(conf.getBackpropType(), conf.getTbpttFwdLength(), conf.getTbpttBackLength());
        return install(graph.getLayers(), HIDDEN_MAJOR_FROM, conf.getBackpropType() == BackpropType.TruncatedBPTT);
    }

    /** Whether {@code layer} (or the LSTM inside a wrapper such as {@code LastTimeStep}) has the helper. */
    public static boolean isInstalled(Layer layer) {
        return LayerSwap.unwrapped(layer) instanceof LSTM lstm && lstm.getHelper() instanceof FastLstmHelper;
    }

    /** How many passes each path ran for {@code layer}; all zero when the helper is not installed. */
    public static Passes passes(Layer layer) {
        if (LayerSwap.unwrapped(layer) instanceof LSTM lstm && lstm.getHelper() instanceof FastLstmHelper helper) {
            return helper.passes();
        }
        return new Passes(0, 0, 0, 0);
    }

    private static int install(Layer[] layers, long hiddenMajorFrom, boolean truncatedBptt) {
        if (!Nd4j.getEnvironment().isCPU()) { // its loops read host memory; CUDA has cuDNN's helper
            return 0;
        }
        int installed = 0;
        for (Layer layer : layers) {
            // A helper already there is cuDNN's on CUDA (or ours): leave it.
            if (LayerSwap.unwrapped(layer) instanceof LSTM lstm && lstm.getHelper() == null) {
                // DL4J fills this slot only for cuDNN on CUDA; it has no setter.
                Dl4jFields.set(LSTM.class, "helper", lstm, new FastLstmHelper(hiddenMajorFrom, truncatedBptt));
                installed++;
            }
        }
        return installed;
    }

    private static void requireWholeSegments(BackpropType backprop, int forwardLength, int backwardLength) {
        if (backprop == BackpropType.TruncatedBPTT && backwardLength < forwardLength) {
            throw new IllegalArgumentException("the fast LSTM backpropagates through whole segments: truncated BPTT with "
                    + "tbpttBackLength " + backwardLength + " < tbpttFwdLength " + forwardLength + " is not supported");
        }
    }
}
