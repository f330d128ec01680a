package dev.workbench.lessons.kit;

import java.lang.reflect.Field;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Replaces a layer object of a built network with a subclass that computes faster: the
 * replacement takes over the original's state, and goes wherever the network keeps the original
 * (its layer array, its by-name map, or the wrapper that holds it, such as {@code LastTimeStep}).
 * The configuration is untouched, so checkpoints are too.
 */
final class LayerSwap {
    private LayerSwap() {
    }

    /** Gives {@code replacement} what DL4J set on {@code original} after building it: index, listeners, parameter and gradient views. */
    static void adoptState(BaseLayer<?> original, BaseLayer<?> replacement) {
        replacement.setIndex(original.getIndex());
        replacement.setListeners(original.getListeners());
        replacement.setParamTable(original.paramTable());
        replacement.setParamsViewArray(original.params());
        if (original.getGradientsViewArray() != null) { // else the network sets it before its first backward pass
            replacement.setBackpropGradientsViewArray(original.getGradientsViewArray());
        }
    }

    /** The layer inside any wrappers. */
    static Layer unwrapped(Layer layer) {
        Layer inner = layer;
        while (inner instanceof BaseWrapperLayer wrapper) {
            inner = wrapper.getUnderlying();
        }
        return inner;
    }

    /** Puts {@code replacement} wherever {@code net} holds {@code original}. */
    static void replace(MultiLayerNetwork net, Layer original, Layer replacement) {
        Layer[] layers = net.getLayers(); // DL4J's own array: the network runs what it holds
        for (int i = 0; i < layers.length; i++) {
            if (layers[i] == original) {
                layers[i] = replacement;
                replaceByName(net, original, replacement);
            }
            Layer outer = layers[i];
            while (outer instanceof BaseWrapperLayer wrapper) {
                if (wrapper.getUnderlying() == original) {
                    setUnderlying(wrapper, replacement);
                }
                outer = wrapper.getUnderlying();
            }
        }
    }

    // Wrappers have no setter for the layer they wrap.
    private static void setUnderlying(BaseWrapperLayer wrapper, Layer layer) {
        try {
            Field underlying = BaseWrapperLayer.class.getDeclaredField("underlying");
            underlying.setAccessible(true);
            underlying.set(wrapper, layer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DL4J's wrapper layer has no 'underlying' field to swap a layer in", e);
        }
    }

    // getLayer(name) reads the network's name map, which has no setter.
    @SuppressWarnings("unchecked")
    private static void replaceByName(MultiLayerNetwork net, Layer original, Layer replacement) {
        try {
            Field layerMap = MultiLayerNetwork.class.getDeclaredField("layerMap");
            layerMap.setAccessible(true);
            ((Map<String, Layer>) layerMap.get(net)).replaceAll((name, layer) -> layer == original ? replacement : layer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DL4J's network has no 'layerMap' field to swap a layer in", e);
        }
    }
}
