package dev.workbench.lessons.kit;

import java.util.Map;
import java.util.function.Function;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
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

    /**
     * Replaces every layer of exactly class {@code type} in {@code net}, also inside wrappers, with
     * what {@code replacement} makes of it; returns how many.
     */
    static <T extends Layer> int swapAll(MultiLayerNetwork net, Class<T> type, Function<T, Layer> replacement) {
        int swapped = 0;
        for (Layer layer : net.getLayers().clone()) {
            Layer inner = unwrapped(layer);
            if (inner.getClass() == type) {
                replace(net, inner, replacement.apply(type.cast(inner)));
                swapped++;
            }
        }
        return swapped;
    }

    /** Replaces every layer of exactly class {@code type} in {@code graph} with what {@code replacement} makes of it; returns how many. */
    static <T extends Layer> int swapAll(ComputationGraph graph, Class<T> type, Function<T, Layer> replacement) {
        Layer[] layers = graph.getLayers(); // DL4J's own array, as are the vertices that run each layer
        int swapped = 0;
        for (int i = 0; i < layers.length; i++) {
            if (layers[i].getClass() == type) {
                Layer original = layers[i];
                layers[i] = replacement.apply(type.cast(original));
                for (GraphVertex vertex : graph.getVertices()) {
                    if (vertex instanceof LayerVertex layerVertex && layerVertex.getLayer() == original) {
                        layerVertex.setLayer(layers[i]);
                    }
                }
                swapped++;
            }
        }
        return swapped;
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
        Dl4jFields.set(BaseWrapperLayer.class, "underlying", wrapper, layer);
    }

    // getLayer(name) reads the network's name map, which has no setter.
    @SuppressWarnings("unchecked")
    private static void replaceByName(MultiLayerNetwork net, Layer original, Layer replacement) {
        ((Map<String, Layer>) Dl4jFields.get(MultiLayerNetwork.class, "layerMap", net))
                .replaceAll((name, layer) -> layer == original ? replacement : layer);
    }
}
