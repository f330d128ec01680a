package dev.workbench.lessons.cnn;

import dev.workbench.lessons.kit.Activations;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * LeNet-5 style network for 28x28 grayscale images: two 5x5 convolution + 2x2 max-pooling
 * blocks (20 and 50 filters), a dense layer of 500 units and a 10-way softmax.
 */
public final class CnnNetworks {
    public static final int CLASSES = 10;
    /** Standard deviation of the output layer's initial weights: small, so no class starts favoured. */
    static final double OUTPUT_INIT_STD = 0.02;

    private CnnNetworks() {
    }

    /**
     * @param iterationsPerEpoch lets a learning-rate schedule span the whole run
     */
    public static MultiLayerNetwork lenet(CnnSettings settings, int iterationsPerEpoch) {
        Activation activation = Activations.named(settings.activation());
        IUpdater updater = settings.optimizer().updater(settings.epochs(), iterationsPerEpoch);
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .dataType(DataType.FLOAT)
                .updater(updater)
                .l2(settings.l2())
                .weightInit(Activations.weightInitFor(activation))
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                // Backprop reuses each layer's forward-pass results instead of recomputing them: conv nets
                // train about 10% faster, with the same numbers (docs/benchmarks.md, "Levers").
                .cacheMode(CacheMode.DEVICE)
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
        // Small output weights make the first logits nearly equal, so a fresh network says "0.1
        // for each class" and training starts at ln 10 = 2.30, as the notes promise. With the
        // ReLU init of the other layers the logits spread widely and the first loss was ~3.0.
        layers.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).name("output")
                .weightInit(new NormalDistribution(0, OUTPUT_INIT_STD))
                .nOut(CLASSES).activation(Activation.SOFTMAX).build());
        layers.setInputType(InputType.convolutional(28, 28, 1));
        MultiLayerConfiguration conf = layers.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }
}
