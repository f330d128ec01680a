package dev.workbench.lessons.resnet;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A network's graph as plain values, read from the actual DL4J ComputationGraph: its vertices in
 * the order data flows through them, and the edges between them. An edge that enters an addition
 * as its second input is a skip connection; a vertex that only feeds such an edge (a 1x1
 * projection) lies on the shortcut, beside the main path.
 *
 * @param nodes vertices in topological order, the input first
 * @param edges every input of every vertex
 */
public record NetworkDiagram(List<Node> nodes, List<Edge> edges) {
    public NetworkDiagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** What a vertex is. */
    public enum Kind { INPUT, LAYER, ADD, OUTPUT }

    /**
     * One vertex.
     *
     * @param name       the vertex name in the graph, e.g. "dense3", "s2b1-conv1"
     * @param type       what it computes, in words: "Dense 32", "Conv 3x3 /2, 32", "BatchNorm", "ReLU", "+"
     * @param parameters trainable and stored parameters (batch norm's running mean and variance included)
     * @param gradient   whether its weights' gradient norm is measured (a weight layer)
     * @param shortcut   whether it lies on a skip connection (a projection), not on the main path
     */
    public record Node(String name, Kind kind, String type, long parameters, boolean gradient, boolean shortcut) {
    }

    /** An input of {@code to}; {@code skip} when it is the shortcut into an addition. */
    public record Edge(String from, String to, boolean skip) {
    }

    public long skipCount() {
        return edges.stream().filter(Edge::skip).count();
    }

    public long parameters() {
        return nodes.stream().mapToLong(Node::parameters).sum();
    }

    /** Reads the graph; call on the training thread (it asks the layers for their parameter counts). */
    static NetworkDiagram of(ComputationGraph graph, List<String> gradientLayers) {
        ComputationGraphConfiguration conf = graph.getConfiguration();
        List<Edge> edges = new ArrayList<>();
        Set<String> skipSources = new HashSet<>();
        Set<String> mainSources = new HashSet<>();
        for (String name : conf.getTopologicalOrderStr()) {
            List<String> inputs = conf.getVertexInputs().getOrDefault(name, List.of());
            boolean add = conf.getVertices().get(name) instanceof ElementWiseVertex;
            for (int i = 0; i < inputs.size(); i++) {
                boolean skip = add && i > 0;
                edges.add(new Edge(inputs.get(i), name, skip));
                (skip ? skipSources : mainSources).add(inputs.get(i));
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (String name : conf.getTopologicalOrderStr()) {
            boolean shortcut = skipSources.contains(name) && !mainSources.contains(name)
                    && !conf.getNetworkInputs().contains(name);
            if (conf.getNetworkInputs().contains(name)) {
                nodes.add(new Node(name, Kind.INPUT, "Input", 0, false, false));
                continue;
            }
            GraphVertex vertex = conf.getVertices().get(name);
            long parameters = graph.getVertex(name).numParams();
            if (vertex instanceof ElementWiseVertex) {
                nodes.add(new Node(name, Kind.ADD, "+", parameters, false, shortcut));
            } else if (vertex instanceof LayerVertex layerVertex) {
                Layer layer = layerVertex.getLayerConf().getLayer();
                Kind kind = layer instanceof OutputLayer ? Kind.OUTPUT : Kind.LAYER;
                nodes.add(new Node(name, kind, describe(layer), parameters, gradientLayers.contains(name), shortcut));
            } else {
                nodes.add(new Node(name, Kind.LAYER, vertex.getClass().getSimpleName(), parameters, false, shortcut));
            }
        }
        return new NetworkDiagram(nodes, edges);
    }

    private static String describe(Layer layer) {
        if (layer instanceof OutputLayer output) {
            return "Softmax " + output.getNOut();
        }
        if (layer instanceof DenseLayer dense) {
            return "Dense " + dense.getNOut() + activationSuffix(dense.getActivationFn().toString());
        }
        if (layer instanceof ConvolutionLayer conv) {
            int[] k = conv.getKernelSize();
            int stride = conv.getStride()[0];
            return "Conv " + k[0] + "x" + k[1] + (stride > 1 ? " /" + stride : "") + ", " + conv.getNOut();
        }
        if (layer instanceof BatchNormalization bn) {
            return "BatchNorm" + activationSuffix(bn.getActivationFn() == null ? "identity" : bn.getActivationFn().toString());
        }
        if (layer instanceof ActivationLayer activation) {
            return activationName(activation.getActivationFn().toString());
        }
        if (layer instanceof GlobalPoolingLayer) {
            return "Global avg pool";
        }
        if (layer instanceof SubsamplingLayer pool) {
            int[] k = pool.getKernelSize();
            return "Max pool " + k[0] + "x" + k[1];
        }
        return layer.getClass().getSimpleName();
    }

    private static String activationSuffix(String activation) {
        String name = activationName(activation);
        return name.equals("Identity") ? "" : ", " + name;
    }

    /** "relu" or "ActivationReLU" to "ReLU". */
    private static String activationName(String activation) {
        String raw = activation.toLowerCase(Locale.ROOT).replace("activation", "");
        return switch (raw) {
            case "relu" -> "ReLU";
            case "tanh" -> "tanh";
            case "sigmoid" -> "sigmoid";
            case "leakyrelu" -> "leaky ReLU";
            case "softmax" -> "softmax";
            case "identity" -> "Identity";
            default -> raw;
        };
    }
}
