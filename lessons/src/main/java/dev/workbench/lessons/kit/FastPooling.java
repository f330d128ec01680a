package dev.workbench.lessons.kit;

import java.lang.reflect.Field;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingHelper;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Speed-up for networks with max-pooling layers: {@link #install} gives each DL4J
 * {@code SubsamplingLayer} a helper that runs max pooling's backward pass in Java
 * ({@link JavaMaxPoolingHelper}) in place of oneDNN's. ND4J hands oneDNN plain NCHW arrays, for
 * which oneDNN has only its reference pooling, and its backward op runs the forward pass again: on
 * an AVX2 machine LeNet's first pooling took 17.5 ms backward, the Java loop 5.3 (see
 * docs/benchmarks.md, "Max pooling's backward pass in Java"). The gradients are the same
 * ({@code FastPoolingTest}); pooling the helper does not cover runs DL4J's own code, and so does
 * every forward pass (DL4J 1.0.0-M2.1 does not hand it to a helper).
 *
 * <p>The helper lives on the layer objects, not in the configuration: call {@code install} again
 * after anything that builds new layers (a clone, a restored checkpoint).
 */
public final class FastPooling {
    /** {@code -Dworkbench.onednn-pooling=true} leaves every pooling layer to oneDNN: for A/B benchmarks (bench/ab.sh). */
    static final String ONEDNN_ONLY = "workbench.onednn-pooling";

    private FastPooling() {
    }

    /** Installs the helper on every pooling layer of {@code net}; returns how many. */
    public static int install(MultiLayerNetwork net) {
        return install(net.getLayers());
    }

    /** Installs the helper on every pooling layer of {@code graph}; returns how many. */
    public static int install(ComputationGraph graph) {
        return install(graph.getLayers());
    }

    /** Whether {@code layer} pools through the Java helper. */
    public static boolean isInstalled(Layer layer) {
        return layer instanceof SubsamplingLayer pooling && pooling.getHelper() instanceof JavaMaxPoolingHelper;
    }

    /** How many forward and backward passes the Java helper of {@code layer} ran; zeros without one. */
    public static long[] passes(Layer layer) {
        if (layer instanceof SubsamplingLayer pooling && pooling.getHelper() instanceof JavaMaxPoolingHelper helper) {
            return new long[] {helper.passes().forwards(), helper.passes().backwards()};
        }
        return new long[] {0, 0};
    }

    private static int install(Layer[] layers) {
        if (Boolean.getBoolean(ONEDNN_ONLY)) {
            return 0;
        }
        int installed = 0;
        for (Layer layer : layers) {
            // Replaces oneDNN's helper (or none); cuDNN's on CUDA stays.
            if (layer instanceof SubsamplingLayer pooling
                    && (pooling.getHelper() == null || pooling.getHelper() instanceof MKLDNNSubsamplingHelper)) {
                setHelper(pooling, new JavaMaxPoolingHelper());
                installed++;
            }
        }
        return installed;
    }

    private static void setHelper(SubsamplingLayer layer, SubsamplingHelper helper) {
        try {
            Field slot = SubsamplingLayer.class.getDeclaredField("helper");
            slot.setAccessible(true);
            slot.set(layer, helper);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DL4J's SubsamplingLayer has no 'helper' field to install Java pooling into", e);
        }
    }
}
