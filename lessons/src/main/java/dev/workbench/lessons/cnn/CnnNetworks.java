package dev.workbench.lessons.cnn;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * LeNet-5 style network for 28x28 grayscale images: two 5x5 convolution + 2x2 max-pooling
 * blocks (20 and 50 filters), a dense layer of 500 units and a 10-way softmax.
 */
public final class CnnNetworks {
    public static final int CLASSES = 10;
    static final double NESTEROV_MOMENTUM = 0.9;

    private CnnNetworks() {
    }

    public static MultiLayerNetwork lenet(CnnSettings settings) {
        Activation activation = activation(settings.activation());
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .dataType(DataType.FLOAT)
                .updater(updater(settings.optimizer(), settings.learningRate()))
                .l2(settings.l2())
                .weightInit(activation == Activation.RELU || activation == Activation.LEAKYRELU
                        ? WeightInit.RELU : WeightInit.XAVIER)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list();
        layers.layer(new ConvolutionLayer.Builder(5, 5).name("conv1").nOut(20).activation(activation).build());
        if (settings.batchNorm()) {
            layers.layer(new BatchNormalization.Builder().name("bn1").build());
        }
        layers.layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).name("pool1")
                .kernelSize(2, 2).stride(2, 2).build());
        layers.layer(new ConvolutionLayer.Builder(5, 5).name("conv2").nOut(50).activation(activation).build());
        if (settings.batchNorm()) {
            layers.layer(new BatchNormalization.Builder().name("bn2").build());
        }
        layers.layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).name("pool2")
                .kernelSize(2, 2).stride(2, 2).build());
        DenseLayer.Builder dense = new DenseLayer.Builder().name("dense").nOut(500).activation(activation);
        if (settings.dropout() > 0) {
            // DL4J's dropout argument is the probability of KEEPING a unit.
            dense.dropOut(1.0 - settings.dropout());
        }
        layers.layer(dense.build());
        layers.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).name("output")
                .nOut(CLASSES).activation(Activation.SOFTMAX).build());
        layers.setInputType(InputType.convolutional(28, 28, 1));
        MultiLayerConfiguration conf = layers.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    static IUpdater updater(String optimizer, double learningRate) {
        return switch (optimizer) {
            case "sgd" -> new Sgd(learningRate);
            case "nesterov" -> new Nesterovs(learningRate, NESTEROV_MOMENTUM);
            case "rmsprop" -> new RmsProp(learningRate);
            case "adagrad" -> new AdaGrad(learningRate);
            case "adam" -> new Adam(learningRate);
            default -> throw new IllegalArgumentException("unknown optimizer " + optimizer);
        };
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
