package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Speed-up for networks with max-pooling layers: {@link #install} swaps each DL4J pooling layer for a
 * {@link JavaMaxPoolingLayer}, which pools in Java both ways ({@link JavaMaxPoolingHelper}) where
 * DL4J would call oneDNN. ND4J hands oneDNN plain NCHW arrays, for which oneDNN has only its
 * reference pooling, and its backward op runs the forward pass again: on an AVX2 machine LeNet's
 * first pooling took 12 ms forward and 17.5 ms backward, the Java loops 1.7 and 5.3 (see
 * docs/benchmarks.md, "Max pooling in Java"). Outputs and gradients are the same
 * ({@code FastPoolingTest}); pooling the Java code does not cover runs DL4J's own code.
 *
 * <p>The swap is of layer objects, not of the configuration: checkpoints are unchanged, and
 * {@code install} must be called again after anything that builds new layers (a clone, a restored
 * checkpoint).
 */
public final class FastPooling {
    /** {@code -Dworkbench.onednn-pooling=true} leaves every pooling layer to oneDNN: for A/B benchmarks (bench/ab.sh). */
    static final String ONEDNN_ONLY = "workbench.onednn-pooling";

    private FastPooling() {
    }

    /** Swaps every pooling layer of {@code net}; returns how many. */
    public static int install(MultiLayerNetwork net) {
        Layer[] layers = net.getLayers(); // DL4J's own array: the network runs what it holds
        int installed = 0;
        for (int i = 0; i < layers.length; i++) {
            if (swappable(layers[i])) {
                layers[i] = new JavaMaxPoolingLayer((SubsamplingLayer) layers[i]);
                installed++;
            }
        }
        return installed;
    }

    /** Swaps every pooling layer of {@code graph}; returns how many. */
    public static int install(ComputationGraph graph) {
        Layer[] layers = graph.getLayers(); // DL4J's own array, as are the vertices that run each layer
        int installed = 0;
        for (int i = 0; i < layers.length; i++) {
            if (swappable(layers[i])) {
                Layer original = layers[i];
                JavaMaxPoolingLayer swapped = new JavaMaxPoolingLayer((SubsamplingLayer) original);
                layers[i] = swapped;
                for (GraphVertex vertex : graph.getVertices()) {
                    if (vertex instanceof LayerVertex layerVertex && layerVertex.getLayer() == original) {
                        layerVertex.setLayer(swapped);
                    }
                }
                installed++;
            }
        }
        return installed;
    }

    /** Whether {@code layer} pools in Java. */
    public static boolean isInstalled(Layer layer) {
        return layer instanceof JavaMaxPoolingLayer;
    }

    /** How many forward and backward passes {@code layer} ran in Java; zeros for any other layer. */
    public static long[] passes(Layer layer) {
        if (layer instanceof JavaMaxPoolingLayer pooling) {
            return new long[] {pooling.passes().forwards(), pooling.passes().backwards()};
        }
        return new long[] {0, 0};
    }

    // DL4J's own pooling layer with oneDNN's helper or none; cuDNN's on CUDA stays.
    private static boolean swappable(Layer layer) {
        return !Boolean.getBoolean(ONEDNN_ONLY) && Nd4j.getEnvironment().isCPU() && layer.getClass() == SubsamplingLayer.class
                && (((SubsamplingLayer) layer).getHelper() == null
                || ((SubsamplingLayer) layer).getHelper() instanceof MKLDNNSubsamplingHelper);
    }
}
