package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Speed-up for a network that starts with a convolution and is only ever trained, never asked for
 * the gradient with respect to its input: {@link #install} gives the first layer a
 * {@link FirstConvolutionHelper}, whose backprop computes the weight and bias gradients alone and
 * returns no input gradient (docs/benchmarks.md, "LeNet's first convolution"). So after it,
 * {@code calculateGradients} hands back null for the input: do not install it on a network whose
 * input gradient anything reads (a GAN's discriminator, a saliency map, the memory-horizon probe).
 *
 * <p>The helper lives on the layer object, not in the configuration: checkpoints are unchanged, and
 * {@code install} must be called again after anything that builds new layers.
 */
public final class FirstConvolution {
    /** {@code -Dworkbench.onednn-first-conv=true} leaves the first convolution to oneDNN: for A/B benchmarks (bench/ab.sh). */
    static final String ONEDNN_ONLY = "workbench.onednn-first-conv";

    private FirstConvolution() {
    }

    /** Installs the helper on layer 0 when it is DL4J's convolution with oneDNN's helper; returns whether it did. */
    public static boolean install(MultiLayerNetwork net) {
        Layer first = net.getLayer(0);
        if (Boolean.getBoolean(ONEDNN_ONLY) || first.getClass() != ConvolutionLayer.class
                || !(((ConvolutionLayer) first).getHelper() instanceof MKLDNNConvHelper oneDnn)) {
            return false;
        }
        // DL4J fills this slot itself (oneDNN's or cuDNN's helper); it has no setter.
        Dl4jFields.set(ConvolutionLayer.class, "helper", first, new FirstConvolutionHelper(oneDnn));
        return true;
    }

    /** How many backward passes {@code layer} ran without an input gradient; zero for any other layer. */
    public static long backwardPasses(Layer layer) {
        return layer instanceof ConvolutionLayer conv && conv.getHelper() instanceof FirstConvolutionHelper helper
                ? helper.passes().backwards() : 0;
    }
}
