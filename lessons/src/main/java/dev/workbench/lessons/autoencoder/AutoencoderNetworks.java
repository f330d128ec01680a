package dev.workbench.lessons.autoencoder;

import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.variational.BernoulliReconstructionDistribution;
import org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The lesson's three networks, each one {@link MultiLayerNetwork} taking flat 784-pixel rows (the
 * dense one also takes the 30 columns of the breast cancer table, with 30-24-12-bottleneck-12-24-30
 * layers and a linear output):
 * <ul>
 *   <li>dense: 784-256-64-<b>bottleneck</b>-64-256-784 (ReLU, a linear code, sigmoid output);</li>
 *   <li>conv: 3x3 convolutions with 16 and 8 filters, each followed by 2x2 max pooling (28 to 14 to 7),
 *       a dense linear bottleneck, a dense layer back to 7x7x8, then upsampling + convolution twice
 *       back to one 28x28 channel; about 10k parameters besides the bottleneck, so it trains on 2 cores;</li>
 *   <li>vae: DL4J's VariationalAutoencoder layer with the dense model's encoder and decoder sizes.</li>
 * </ul>
 */
public final class AutoencoderNetworks {
    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;
    /** Hidden layer sizes of the dense encoder (mirrored in the decoder) and of the VAE. */
    static final int[] HIDDEN = {256, 64};
    /** Hidden layer sizes of the dense encoder (mirrored in the decoder) for the 30 table columns. */
    static final int[] TABLE_HIDDEN = {24, 12};
    /** Feature maps of the convolutional encoder's two blocks. */
    static final int CONV1 = 16;
    static final int CONV2 = 8;
    /** Index of the bottleneck layer in the dense and conv networks. */
    static final int DENSE_BOTTLENECK = 2;
    static final int CONV_BOTTLENECK = 4;

    private AutoencoderNetworks() {
    }

    /** A new, initialised network for these settings and 28x28 images. */
    public static MultiLayerNetwork build(AutoencoderSettings settings, int iterationsPerEpoch) {
        return build(settings, PIXELS, iterationsPerEpoch);
    }

    /**
     * A new, initialised network for these settings and examples of {@code features} numbers (784
     * pixels, or the table's columns: then only the dense model, with smaller layers and a linear
     * output, since standardised columns are not confined to [0, 1]).
     */
    public static MultiLayerNetwork build(AutoencoderSettings settings, int features, int iterationsPerEpoch) {
        IUpdater updater = settings.optimizer().updater(settings.epochs(), iterationsPerEpoch);
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .dataType(DataType.FLOAT)
                .updater(updater)
                .weightInit(WeightInit.RELU)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                // Backprop reuses each layer's forward-pass results instead of recomputing them: conv nets
                // train about 10% faster, with the same numbers (docs/benchmarks.md, "Levers").
                .cacheMode(CacheMode.DEVICE)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED);
        MultiLayerConfiguration conf = switch (settings.kind()) {
            case DENSE -> settings.tabular() ? denseTable(base, settings, features) : dense(base, settings);
            case CONV -> conv(base, settings);
            case VAE -> vae(base, settings);
        };
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** The index of the layer whose output is the code (the VAE's only layer outputs the mean of z). */
    static int bottleneckLayer(AutoencoderKind kind) {
        return switch (kind) {
            case DENSE -> DENSE_BOTTLENECK;
            case CONV -> CONV_BOTTLENECK;
            case VAE -> 0;
        };
    }

    private static LossFunction lossFunction(ReconstructionLoss loss) {
        return loss == ReconstructionLoss.MSE ? LossFunction.MSE : LossFunction.XENT;
    }

    private static MultiLayerConfiguration dense(NeuralNetConfiguration.Builder base, AutoencoderSettings settings) {
        return base.list()
                .layer(new DenseLayer.Builder().name("enc1").nIn(PIXELS).nOut(HIDDEN[0]).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().name("enc2").nOut(HIDDEN[1]).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().name("code").nOut(settings.bottleneck()).activation(Activation.IDENTITY)
                        .weightInit(WeightInit.XAVIER).build())
                .layer(new DenseLayer.Builder().name("dec1").nOut(HIDDEN[1]).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().name("dec2").nOut(HIDDEN[0]).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(lossFunction(settings.loss())).name("output").nOut(PIXELS)
                        .activation(Activation.SIGMOID).weightInit(WeightInit.XAVIER).build())
                .setInputType(InputType.feedForward(PIXELS))
                .build();
    }

    private static MultiLayerConfiguration denseTable(NeuralNetConfiguration.Builder base, AutoencoderSettings settings,
                                                      int features) {
        return base.list()
                .layer(new DenseLayer.Builder().name("enc1").nIn(features).nOut(TABLE_HIDDEN[0]).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().name("enc2").nOut(TABLE_HIDDEN[1]).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().name("code").nOut(settings.bottleneck()).activation(Activation.IDENTITY)
                        .weightInit(WeightInit.XAVIER).build())
                .layer(new DenseLayer.Builder().name("dec1").nOut(TABLE_HIDDEN[1]).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().name("dec2").nOut(TABLE_HIDDEN[0]).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunction.MSE).name("output").nOut(features)
                        .activation(Activation.IDENTITY).weightInit(WeightInit.XAVIER).build())
                .setInputType(InputType.feedForward(features))
                .build();
    }

    private static MultiLayerConfiguration conv(NeuralNetConfiguration.Builder base, AutoencoderSettings settings) {
        int quarter = SIDE / 4;
        return base.convolutionMode(ConvolutionMode.Same).list()
                .layer(new ConvolutionLayer.Builder(3, 3).name("conv1").nOut(CONV1).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).name("pool1").kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(3, 3).name("conv2").nOut(CONV2).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).name("pool2").kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().name("code").nOut(settings.bottleneck()).activation(Activation.IDENTITY)
                        .weightInit(WeightInit.XAVIER).build())
                .layer(new DenseLayer.Builder().name("dec1").nOut(quarter * quarter * CONV2).activation(Activation.RELU).build())
                .layer(new Upsampling2D.Builder(2).name("up1").build())
                .layer(new ConvolutionLayer.Builder(3, 3).name("deconv1").nOut(CONV1).activation(Activation.RELU).build())
                .layer(new Upsampling2D.Builder(2).name("up2").build())
                .layer(new ConvolutionLayer.Builder(3, 3).name("deconv2").nOut(1).activation(Activation.IDENTITY)
                        .weightInit(WeightInit.XAVIER).build())
                .layer(new LossLayer.Builder(lossFunction(settings.loss())).name("output").activation(Activation.SIGMOID).build())
                .inputPreProcessor(6, new FeedForwardToCnnPreProcessor(quarter, quarter, CONV2))
                .setInputType(InputType.convolutionalFlat(SIDE, SIDE, 1))
                .build();
    }

    private static MultiLayerConfiguration vae(NeuralNetConfiguration.Builder base, AutoencoderSettings settings) {
        VariationalAutoencoder.Builder vae = new VariationalAutoencoder.Builder().name("vae")
                .nIn(PIXELS).nOut(settings.bottleneck())
                .encoderLayerSizes(HIDDEN[0], HIDDEN[1])
                .decoderLayerSizes(HIDDEN[1], HIDDEN[0])
                .activation(Activation.RELU)
                .pzxActivationFunction(Activation.IDENTITY)
                .numSamples(1);
        if (settings.loss() == ReconstructionLoss.BCE) {
            vae.reconstructionDistribution(new BernoulliReconstructionDistribution(Activation.SIGMOID));
        } else {
            // L2 (the sum of squares over the 784 pixels), not MSE (its mean): per-pixel MSE is 784 times
            // smaller than the KL term, which then wins and every image decodes to the same blur.
            vae.lossFunction(Activation.SIGMOID, LossFunction.L2);
        }
        return base.list().layer(vae.build()).build();
    }
}
