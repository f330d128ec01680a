package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.recurrent.LSTM;
import org.deeplearning4j.nn.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.lang.reflect.Field;

/**
 * Opt-in speed-up for networks with DL4J {@code LSTM} layers: {@link #install} gives each one a
 * helper that runs the whole sequence in libnd4j's fused {@code lstmLayer} op and its
 * {@code lstmLayer_bp} backward op (see docs/benchmarks.md, "Levers"). The network's
 * configuration, parameters and checkpoints stay those of a plain DL4J LSTM, and outputs and
 * gradients match DL4J's own code ({@code FusedLstmTest}); cases the op does not cover (masks,
 * truncated BPTT, other activations) still run DL4J's code.
 *
 * <p>The helper lives on the layer objects, not in the configuration: call {@code install} again
 * after anything that builds new layers (a clone, a restored checkpoint).
 */
public final class FusedLstm {
    private FusedLstm() {
    }

    /** Installs the fused helper on every LSTM layer of {@code net} that has no helper yet; returns how many. */
    public static int install(MultiLayerNetwork net) {
        var conf = net.getLayerWiseConfigurations();
        requireWholeSegments(conf.getBackpropType(), conf.getTbpttFwdLength(), conf.getTbpttBackLength());
        return install(net.getLayers());
    }

    /** Installs the fused helper on every LSTM layer of {@code graph} that has no helper yet; returns how many. */
    public static int install(ComputationGraph graph) {
        var conf = graph.getConfiguration();
        requireWholeSegments(conf.getBackpropType(), conf.getTbpttFwdLength(), conf.getTbpttBackLength());
        return install(graph.getLayers());
    }

    /** Whether {@code layer} (or the LSTM inside a wrapper such as {@code LastTimeStep}) runs fused. */
    public static boolean isInstalled(Layer layer) {
        return lstmInside(layer) instanceof LSTM lstm && lstm.getHelper() instanceof FusedLstmHelper;
    }

    /** How many forward and backward passes the fused op ran for {@code layer}; {0, 0} when not installed. */
    public static long[] fusedPasses(Layer layer) {
        if (lstmInside(layer) instanceof LSTM lstm && lstm.getHelper() instanceof FusedLstmHelper helper) {
            return new long[] {helper.fusedForwards(), helper.fusedBackwards()};
        }
        return new long[] {0, 0};
    }

    private static int install(Layer[] layers) {
        int installed = 0;
        for (Layer layer : layers) {
            // A helper already there is cuDNN's on CUDA (or ours): leave it.
            if (lstmInside(layer) instanceof LSTM lstm && lstm.getHelper() == null) {
                setHelper(lstm);
                installed++;
            }
        }
        return installed;
    }

    private static void requireWholeSegments(BackpropType backprop, int forwardLength, int backwardLength) {
        if (backprop == BackpropType.TruncatedBPTT && backwardLength < forwardLength) {
            throw new IllegalArgumentException("the fused LSTM backpropagates through whole segments: truncated BPTT with "
                    + "tbpttBackLength " + backwardLength + " < tbpttFwdLength " + forwardLength + " is not supported");
        }
    }

    private static Layer lstmInside(Layer layer) {
        Layer inner = layer;
        while (inner instanceof BaseWrapperLayer wrapper) {
            inner = wrapper.getUnderlying();
        }
        return inner;
    }

    // DL4J fills this slot only for cuDNN on CUDA; it has no setter.
    private static void setHelper(LSTM lstm) {
        try {
            Field helper = LSTM.class.getDeclaredField("helper");
            helper.setAccessible(true);
            helper.set(lstm, new FusedLstmHelper());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DL4J's LSTM layer has no 'helper' field to install the fused LSTM into", e);
        }
    }
}
