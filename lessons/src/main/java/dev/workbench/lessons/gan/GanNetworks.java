package dev.workbench.lessons.gan;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The generator and discriminator of both models, as plain {@link MultiLayerNetwork}s.
 *
 * <p>The generator ends in a {@link DenseLayer}, not an output layer: it has no loss of its own and
 * is trained only through the gradient D hands back, and DL4J's {@code backpropGradient(epsilon)}
 * refuses a network whose last layer computes its own loss.
 */
final class GanNetworks {
    /** Width of the image generator's and discriminator's hidden layers (G widens, D narrows). */
    private static final int IMAGE_NARROW = 256;
    private static final int IMAGE_WIDE = 512;

    private GanNetworks() {
    }

    /** 2-D generator: noise → two hidden layers → a point (x, y), linear output. */
    static MultiLayerNetwork pointGenerator(int noiseDim, int hidden, IUpdater updater, long seed) {
        return build(seed, updater,
                dense("g-hidden-1", noiseDim, hidden, Activation.LEAKYRELU),
                dense("g-hidden-2", hidden, hidden, Activation.LEAKYRELU),
                dense("g-out", hidden, 2, Activation.IDENTITY));
    }

    /** 2-D discriminator: a point → two hidden layers → D(x). */
    static MultiLayerNetwork pointDiscriminator(int hidden, GanLoss loss, IUpdater updater, long seed) {
        return build(seed, updater,
                dense("d-hidden-1", 2, hidden, Activation.LEAKYRELU),
                dense("d-hidden-2", hidden, hidden, Activation.LEAKYRELU),
                discriminatorOutput(hidden, loss));
    }

    /** Image generator: noise → 256 → 512 → 784 pixels in [0, 1] (sigmoid). */
    static MultiLayerNetwork imageGenerator(int noiseDim, int pixels, IUpdater updater, long seed) {
        return build(seed, updater,
                dense("g-hidden-1", noiseDim, IMAGE_NARROW, Activation.LEAKYRELU),
                dense("g-hidden-2", IMAGE_NARROW, IMAGE_WIDE, Activation.LEAKYRELU),
                dense("g-out", IMAGE_WIDE, pixels, Activation.SIGMOID));
    }

    /** Image discriminator: 784 pixels → 512 → 256 → D(x). */
    static MultiLayerNetwork imageDiscriminator(int pixels, GanLoss loss, IUpdater updater, long seed) {
        return build(seed, updater,
                dense("d-hidden-1", pixels, IMAGE_WIDE, Activation.LEAKYRELU),
                dense("d-hidden-2", IMAGE_WIDE, IMAGE_NARROW, Activation.LEAKYRELU),
                discriminatorOutput(IMAGE_NARROW, loss));
    }

    private static DenseLayer dense(String name, int in, int out, Activation activation) {
        return new DenseLayer.Builder().name(name).nIn(in).nOut(out).activation(activation).build();
    }

    /** Sigmoid + cross-entropy for the minimax and non-saturating games, linear + squared error for least squares. */
    private static OutputLayer discriminatorOutput(int in, GanLoss loss) {
        return loss.sigmoidDiscriminator()
                ? new OutputLayer.Builder(LossFunctions.LossFunction.XENT).name("d-out").nIn(in).nOut(1)
                        .activation(Activation.SIGMOID).build()
                : new OutputLayer.Builder(LossFunctions.LossFunction.MSE).name("d-out").nIn(in).nOut(1)
                        .activation(Activation.IDENTITY).build();
    }

    private static MultiLayerNetwork build(long seed, IUpdater updater, Layer... layers) {
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(updater)
                .weightInit(WeightInit.XAVIER)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED);
        NeuralNetConfiguration.ListBuilder list = base.list();
        for (Layer layer : layers) {
            list.layer(layer);
        }
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }
}
