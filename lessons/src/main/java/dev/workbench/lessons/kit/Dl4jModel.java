package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.insight.LayerSummary;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One trainable DL4J network, a {@link MultiLayerNetwork} or a single-input, single-output
 * {@link ComputationGraph}, behind the few operations a lesson session needs. Lessons write
 * their session once against this instead of once per network kind. Like the networks it wraps,
 * it must only be used on the training thread.
 */
public sealed interface Dl4jModel permits Dl4jModel.Layers, Dl4jModel.Graph {

    static Dl4jModel of(MultiLayerNetwork net) {
        return new Layers(net);
    }

    static Dl4jModel of(ComputationGraph graph) {
        return new Graph(graph);
    }

    /** Wraps either kind; anything else is refused. */
    static Dl4jModel of(Model model) {
        if (model instanceof MultiLayerNetwork net) {
            return new Layers(net);
        }
        if (model instanceof ComputationGraph graph) {
            return new Graph(graph);
        }
        throw new IllegalArgumentException("not a MultiLayerNetwork or ComputationGraph: " + model.getClass().getSimpleName());
    }

    /** The wrapped network, e.g. for checkpoints. */
    Model model();

    /** One update on one mini-batch. */
    void fit(DataSet batch);

    /** The loss of the last update (including regularization terms, as DL4J reports it). */
    default double score() {
        return model().score();
    }

    /** The network's (first) output in inference mode. */
    INDArray output(INDArray features);

    void setLearningRate(double learningRate);

    /**
     * The learning rate the updater uses now, read back from the network (its first layer that
     * has one); NaN when none has one or a schedule sets it.
     */
    double learningRate();

    default long numParams() {
        return model().numParams();
    }

    /**
     * A copy of all parameters (batch-norm running statistics included; the updater's state is
     * not), which puts them back when restored. What early stopping keeps of the best epoch.
     */
    default ParameterSnapshot snapshot() {
        Model model = model();
        INDArray copy = model.params().dup();
        return () -> model.setParams(copy);
    }

    /** One epoch the way a plain DL4J program trains it: {@code fit(iterator)}, no engine around it. */
    void fitEpoch(DataSetIterator batches);

    /** One row per layer (and, in a graph, per vertex), output shapes from a forward pass of {@code example}. */
    List<LayerSummary> summary(INDArray example);

    /** Name of the first convolution layer in forward order, if any. */
    Optional<String> firstConvolution();

    /** A layer's parameter by key ("W", "b"), or empty when there is no such layer. */
    Optional<INDArray> parameter(String layerName, String key);

    /** The activations of the named layer for {@code features}, in inference mode. */
    INDArray activations(String layerName, INDArray features);

    /** A {@link MultiLayerNetwork}. */
    record Layers(MultiLayerNetwork net) implements Dl4jModel {
        @Override
        public Model model() {
            return net;
        }

        @Override
        public void fit(DataSet batch) {
            net.fit(batch);
        }

        @Override
        public INDArray output(INDArray features) {
            return net.output(features, false);
        }

        @Override
        public void setLearningRate(double learningRate) {
            OwnGradientUpdates.setLearningRate(net, learningRate);
        }

        @Override
        public double learningRate() {
            for (int i = 0; i < net.getnLayers(); i++) {
                Double rate = net.getLearningRate(i);
                if (rate != null) {
                    return rate;
                }
            }
            return Double.NaN;
        }

        @Override
        public void fitEpoch(DataSetIterator batches) {
            net.fit(batches);
        }

        @Override
        public List<LayerSummary> summary(INDArray example) {
            List<INDArray> activations = net.feedForward(example, false);
            List<LayerSummary> rows = new ArrayList<>();
            Layer[] layers = net.getLayers();
            for (int i = 0; i < layers.length; i++) {
                org.deeplearning4j.nn.conf.layers.Layer conf = layers[i].conf().getLayer();
                rows.add(new LayerSummary(i, nameOf(i), conf.getClass().getSimpleName(), shapeWithoutBatch(activations.get(i + 1)), layers[i].numParams()));
            }
            return rows;
        }

        @Override
        public Optional<String> firstConvolution() {
            Layer[] layers = net.getLayers();
            for (int i = 0; i < layers.length; i++) {
                if (layers[i] instanceof ConvolutionLayer) {
                    return Optional.of(nameOf(i));
                }
            }
            return Optional.empty();
        }

        @Override
        public Optional<INDArray> parameter(String layerName, String key) {
            return indexOf(layerName).map(index -> net.getLayer(index).getParam(key));
        }

        @Override
        public INDArray activations(String layerName, INDArray features) {
            int index = indexOf(layerName).orElseThrow(() -> new IllegalArgumentException("no layer " + layerName));
            return net.feedForwardToLayer(index, features, false).get(index + 1);
        }

        /** The layer's configured name, or "layer" + index when it has none. */
        private String nameOf(int index) {
            String name = net.getLayer(index).conf().getLayer().getLayerName();
            return name == null ? "layer" + index : name;
        }

        private Optional<Integer> indexOf(String layerName) {
            for (int i = 0; i < net.getnLayers(); i++) {
                if (layerName.equals(nameOf(i))) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }
    }

    /** A {@link ComputationGraph} with one input and one output (the lessons' graphs: residual nets, skips). */
    record Graph(ComputationGraph graph) implements Dl4jModel {
        @Override
        public Model model() {
            return graph;
        }

        @Override
        public void fit(DataSet batch) {
            graph.fit(batch);
        }

        @Override
        public INDArray output(INDArray features) {
            return graph.output(false, features)[0];
        }

        @Override
        public void setLearningRate(double learningRate) {
            OwnGradientUpdates.setLearningRate(graph, learningRate);
        }

        @Override
        public double learningRate() {
            for (Layer layer : graph.getLayers()) {
                Double rate = graph.getLearningRate(layer.conf().getLayer().getLayerName());
                if (rate != null) {
                    return rate;
                }
            }
            return Double.NaN;
        }

        @Override
        public void fitEpoch(DataSetIterator batches) {
            graph.fit(batches);
        }

        /** Vertices in forward (topological) order, inputs left out; merge and add vertices have 0 parameters. */
        @Override
        public List<LayerSummary> summary(INDArray example) {
            Map<String, INDArray> activations = graph.feedForward(example, false);
            List<String> inputs = graph.getConfiguration().getNetworkInputs();
            List<LayerSummary> rows = new ArrayList<>();
            for (String name : graph.getConfiguration().getTopologicalOrderStr()) {
                if (inputs.contains(name)) {
                    continue;
                }
                org.deeplearning4j.nn.conf.graph.GraphVertex conf = graph.getConfiguration().getVertices().get(name);
                String type = conf instanceof LayerVertex layer
                        ? layer.getLayerConf().getLayer().getClass().getSimpleName()
                        : conf.getClass().getSimpleName();
                INDArray output = activations.get(name);
                Layer layer = graph.getLayer(name);
                rows.add(new LayerSummary(rows.size(), name, type, output == null ? "?" : shapeWithoutBatch(output),
                        layer == null ? 0 : layer.numParams()));
            }
            return rows;
        }

        @Override
        public Optional<String> firstConvolution() {
            return graph.getConfiguration().getTopologicalOrderStr().stream()
                    .filter(name -> graph.getLayer(name) instanceof ConvolutionLayer)
                    .findFirst();
        }

        @Override
        public Optional<INDArray> parameter(String layerName, String key) {
            return Optional.ofNullable(graph.getLayer(layerName)).map(layer -> layer.getParam(key));
        }

        @Override
        public INDArray activations(String layerName, INDArray features) {
            INDArray activations = graph.feedForward(features, false).get(layerName);
            if (activations == null) {
                throw new IllegalArgumentException("no vertex " + layerName);
            }
            return activations;
        }
    }

    private static String shapeWithoutBatch(INDArray activations) {
        long[] shape = activations.shape();
        return Arrays.toString(Arrays.copyOfRange(shape, 1, shape.length));
    }
}
