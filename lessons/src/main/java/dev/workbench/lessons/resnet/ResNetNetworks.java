package dev.workbench.lessons.resnet;

import dev.workbench.lessons.resnet.ResNetSettings.Clipping;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.ArrayList;
import java.util.List;

/**
 * The lesson's networks, as DL4J ComputationGraphs so that a skip connection is one
 * {@link ElementWiseVertex} adding a block's input to its output. Every network has a plain twin:
 * the same layers in the same order with the additions (and 1x1 projections) left out.
 */
public final class ResNetNetworks {
    /** The layer the data enters and the one that classifies; also the ends of the gradient ratio. */
    static final String STEM = "stem";
    static final String OUTPUT = "output";
    static final String INPUT = "input";
    static final int POINT_CLASSES = 2;
    static final int IMAGE_CLASSES = 10;
    static final int IMAGE_SIDE = 28;
    static final int CNN_STAGE1_CHANNELS = 16;
    static final int CNN_STAGE2_CHANNELS = 32;

    private ResNetNetworks() {
    }

    /**
     * The layers with a weight matrix or kernel, in topological order from input to output (stem
     * first, output last, 1x1 projections where they are computed): the bars of the gradient probes.
     */
    static List<String> weightLayers(ComputationGraph graph) {
        List<String> layers = new ArrayList<>();
        for (String name : graph.getConfiguration().getTopologicalOrderStr()) {
            org.deeplearning4j.nn.api.Layer layer = graph.getLayer(name);
            if (layer != null && layer.paramTable().containsKey("W")) {
                layers.add(name);
            }
        }
        return layers;
    }

    /**
     * The deep MLP on 2-D points: a dense stem (2 to width), {@code depth} blocks and a 2-way softmax.
     * A block is dense (then batch norm when asked) then the activation; residual blocks add their
     * input: {@code h + act(bn(W h + b))}.
     */
    static ComputationGraph mlp(ResNetSettings settings, int iterationsPerEpoch) {
        Activation activation = activation(settings.activation());
        boolean bn = settings.variant().batchNorm();
        ComputationGraphConfiguration.GraphBuilder graph = base(settings, iterationsPerEpoch).graphBuilder()
                .addInputs(INPUT).setInputTypes(InputType.feedForward(2));
        graph.addLayer(STEM, new DenseLayer.Builder().nOut(settings.width()).activation(activation).build(), INPUT);
        String previous = STEM;
        for (int i = 1; i <= settings.depth(); i++) {
            String dense = "dense" + i;
            String out;
            if (bn) {
                graph.addLayer(dense, new DenseLayer.Builder().nOut(settings.width()).activation(Activation.IDENTITY).build(),
                        previous);
                graph.addLayer("bn" + i, new BatchNormalization.Builder().build(), dense);
                graph.addLayer("act" + i, new ActivationLayer.Builder().activation(activation).build(), "bn" + i);
                out = "act" + i;
            } else {
                graph.addLayer(dense, new DenseLayer.Builder().nOut(settings.width()).activation(activation).build(), previous);
                out = dense;
            }
            if (settings.variant().residual()) {
                graph.addVertex("add" + i, new ElementWiseVertex(ElementWiseVertex.Op.Add), out, previous);
                out = "add" + i;
            }
            previous = out;
        }
        graph.addLayer(OUTPUT, new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(POINT_CLASSES)
                .activation(Activation.SOFTMAX).build(), previous);
        ComputationGraph net = init(graph.setOutputs(OUTPUT));
        if (settings.variant().residual() && !bn) {
            for (int i = 1; i <= settings.depth(); i++) {
                net.getLayer("dense" + i).getParam("W").muli(branchScale(settings.depth()));
            }
        }
        return net;
    }

    /**
     * Without batch normalization every residual block adds to the sum, so at depth 30 the sums
     * (and the first losses) would start enormous. Residual branches therefore start scaled by
     * 1/sqrt(blocks), so that all of them together start about as large as one (the idea of Fixup,
     * Zhang et al. 2019, in its simplest form). The plain twin keeps the chosen initialization.
     */
    static double branchScale(int blocks) {
        return 1 / Math.sqrt(blocks);
    }

    /**
     * A small ResNet for 28x28 images: a 3x3 stem convolution and 2x2 max pooling (14x14), stage 1 of
     * {@code cnnBlocks} basic blocks with 16 channels, stage 2 of {@code cnnBlocks} blocks with 32
     * channels whose first block halves the size (7x7) and projects its shortcut with a strided 1x1
     * convolution, global average pooling and a 10-way softmax. A basic block is conv-(bn)-act-conv-(bn),
     * plus the shortcut, then act.
     */
    static ComputationGraph cnn(ResNetSettings settings, int iterationsPerEpoch) {
        Activation activation = activation(settings.activation());
        ComputationGraphConfiguration.GraphBuilder graph = base(settings, iterationsPerEpoch).graphBuilder()
                .addInputs(INPUT).setInputTypes(InputType.convolutional(IMAGE_SIDE, IMAGE_SIDE, 1));
        graph.addLayer(STEM, conv(1, CNN_STAGE1_CHANNELS, activation), INPUT);
        graph.addLayer("pool", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                .kernelSize(2, 2).stride(2, 2).build(), STEM);
        String previous = "pool";
        int channels = CNN_STAGE1_CHANNELS;
        for (int stage = 1; stage <= 2; stage++) {
            int outChannels = stage == 1 ? CNN_STAGE1_CHANNELS : CNN_STAGE2_CHANNELS;
            for (int b = 1; b <= settings.cnnBlocks(); b++) {
                int stride = stage == 2 && b == 1 ? 2 : 1;
                previous = basicBlock(graph, settings, activation, "s" + stage + "b" + b, previous,
                        channels, outChannels, stride);
                channels = outChannels;
            }
        }
        graph.addLayer("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), previous);
        graph.addLayer(OUTPUT, new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(IMAGE_CLASSES)
                .activation(Activation.SOFTMAX).build(), "gap");
        ComputationGraph net = init(graph.setOutputs(OUTPUT));
        if (settings.variant().residual() && !settings.variant().batchNorm()) {
            for (int stage = 1; stage <= 2; stage++) {
                for (int b = 1; b <= settings.cnnBlocks(); b++) {
                    net.getLayer("s" + stage + "b" + b + "-conv2").getParam("W").muli(branchScale(2 * settings.cnnBlocks()));
                }
            }
        }
        return net;
    }

    private static String basicBlock(ComputationGraphConfiguration.GraphBuilder graph,
                                     ResNetSettings settings, Activation activation, String name, String input,
                                     int inChannels, int outChannels, int stride) {
        boolean bn = settings.variant().batchNorm();
        String conv1 = name + "-conv1";
        String conv2 = name + "-conv2";
        graph.addLayer(conv1, conv(stride, outChannels, bn ? Activation.IDENTITY : activation), input);
        String x = conv1;
        if (bn) {
            graph.addLayer(name + "-bn1", new BatchNormalization.Builder().activation(activation).build(), x);
            x = name + "-bn1";
        }
        graph.addLayer(conv2, conv(1, outChannels, Activation.IDENTITY), x);
        x = conv2;
        if (bn) {
            graph.addLayer(name + "-bn2", new BatchNormalization.Builder().build(), x);
            x = name + "-bn2";
        }
        if (settings.variant().residual()) {
            String shortcut = input;
            if (stride != 1 || inChannels != outChannels) {
                shortcut = name + "-proj";
                graph.addLayer(shortcut, new ConvolutionLayer.Builder(1, 1).stride(stride, stride)
                        .convolutionMode(ConvolutionMode.Same).nOut(outChannels).activation(Activation.IDENTITY).build(), input);
            }
            graph.addVertex(name + "-add", new ElementWiseVertex(ElementWiseVertex.Op.Add), x, shortcut);
            x = name + "-add";
        }
        graph.addLayer(name + "-out", new ActivationLayer.Builder().activation(activation).build(), x);
        return name + "-out";
    }

    /** A 3x3 convolution with "same" padding; stride 2 halves the size. */
    private static ConvolutionLayer conv(int stride, int channels, Activation activation) {
        return new ConvolutionLayer.Builder(3, 3).stride(stride, stride).convolutionMode(ConvolutionMode.Same)
                .nOut(channels).activation(activation).build();
    }

    private static NeuralNetConfiguration.Builder base(ResNetSettings settings, int iterationsPerEpoch) {
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .dataType(DataType.FLOAT)
                .updater(settings.optimizer().updater(settings.trainingEpochs(), iterationsPerEpoch))
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                // Backprop reuses each layer's forward-pass results instead of recomputing them: conv nets
                // train about 10% faster, with the same numbers (docs/benchmarks.md, "Levers").
                .cacheMode(CacheMode.DEVICE)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED);
        switch (settings.init()) {
            case XAVIER -> builder.weightInit(WeightInit.XAVIER);
            case RELU -> builder.weightInit(WeightInit.RELU);
            case NORMAL -> builder.weightInit(new NormalDistribution(0, 1));
            case UNIFORM -> builder.weightInit(WeightInit.UNIFORM);
        }
        if (settings.clipping() != Clipping.NONE) {
            builder.gradientNormalization(settings.clipping() == Clipping.NORM
                            ? GradientNormalization.ClipL2PerLayer : GradientNormalization.ClipElementWiseAbsoluteValue)
                    .gradientNormalizationThreshold(settings.clipThreshold());
        }
        return builder;
    }

    private static ComputationGraph init(ComputationGraphConfiguration.GraphBuilder graph) {
        ComputationGraph net = new ComputationGraph(graph.build());
        net.init();
        return net;
    }

    static Activation activation(String name) {
        return switch (name) {
            case "relu" -> Activation.RELU;
            case "tanh" -> Activation.TANH;
            case "sigmoid" -> Activation.SIGMOID;
            case "leakyrelu" -> Activation.LEAKYRELU;
            default -> throw new IllegalArgumentException("unknown activation " + name);
        };
    }
}
