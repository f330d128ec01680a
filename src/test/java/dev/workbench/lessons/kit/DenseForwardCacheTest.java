package dev.workbench.lessons.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.engine.NativeSetup;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Dense layers that keep their forward sums give DL4J's gradients and updates, in every way the lessons train. */
class DenseForwardCacheTest {
    private static final int BATCH = 32;

    @BeforeAll
    static void nd4j() {
        NativeSetup.configure();
    }

    @Test
    void fitAndCalculateGradientsMatchDl4j() {
        MultiLayerNetwork dl4j = network();
        MultiLayerNetwork fast = network();
        assertEquals(3, DenseForwardCache.install(fast, 1), "two dense layers and the output layer");
        assertSame(fast.getLayer(0), fast.getLayer("hidden-1"), "found by name too");
        DataSet data = data();

        Pair<Gradient, INDArray> expected = dl4j.calculateGradients(data.getFeatures(), data.getLabels(), null, null);
        Pair<Gradient, INDArray> actual = fast.calculateGradients(data.getFeatures(), data.getLabels(), null, null);
        for (String key : expected.getFirst().gradientForVariable().keySet()) {
            assertSameNumbers(expected.getFirst().getGradientFor(key), actual.getFirst().getGradientFor(key), "gradient " + key);
        }
        assertSameNumbers(expected.getSecond(), actual.getSecond(), "gradient for the input");

        for (int i = 0; i < 5; i++) {
            dl4j.fit(data);
            fast.fit(data);
        }
        assertSameNumbers(dl4j.params(), fast.params(), "five Adam updates");
        assertEquals(dl4j.score(), fast.score(), 1e-6, "the last step's score, from the output layer's kept sums");
        assertEquals(6, DenseForwardCache.reuses(fast.getLayer(0)));
        assertEquals(6, DenseForwardCache.reuses(fast.getLayer(1)));
        assertEquals(5, DenseForwardCache.reuses(fast.getLayer(2)), "each fit's score reused backprop's sums");
    }

    @Test
    void aNetworkThatIsOnlyTrainedSkipsItsInputGradient() {
        MultiLayerNetwork dl4j = network();
        MultiLayerNetwork fast = network();
        DenseForwardCache.installForTrainingOnly(fast);
        FastDense.install(fast); // as the autoencoder does: the small layers move on, the first keeps its setting
        DataSet data = data();
        for (int i = 0; i < 5; i++) {
            dl4j.fit(data);
            fast.fit(data);
        }
        assertSameNumbers(dl4j.params(), fast.params(), "five Adam updates");
        assertEquals(5, DenseForwardCache.passesWithoutInputGradient(fast.getLayer(0)));
        assertEquals(0, DenseForwardCache.passesWithoutInputGradient(fast.getLayer(1)), "only the first layer");
        assertNull(fast.calculateGradients(data.getFeatures(), data.getLabels(), null, null).getSecond(),
                "no gradient for the input, as documented");
    }

    @Test
    void feedForwardThenBackpropLikeTheGanGeneratorMatchesDl4j() {
        MultiLayerNetwork dl4j = generator();
        MultiLayerNetwork fast = generator();
        assertEquals(3, DenseForwardCache.install(fast, 1));
        INDArray features = data().getFeatures();
        INDArray epsilon = Nd4j.rand(DataType.FLOAT, BATCH, 10).subi(0.5);
        Pair<Gradient, INDArray> expected = generatorStyleBackprop(dl4j, features, epsilon);
        Pair<Gradient, INDArray> actual = generatorStyleBackprop(fast, features, epsilon);
        for (String key : expected.getFirst().gradientForVariable().keySet()) {
            assertSameNumbers(expected.getFirst().getGradientFor(key), actual.getFirst().getGradientFor(key), "gradient " + key);
        }
        assertSameNumbers(expected.getSecond(), actual.getSecond(), "gradient for the input");
        for (int layer = 0; layer < 3; layer++) {
            assertEquals(1, DenseForwardCache.reuses(fast.getLayer(layer)), "layer " + layer);
        }
    }

    @Test
    void smallLayersAreLeftToDl4j() {
        MultiLayerNetwork fast = network();
        // Layer 1 multiplies 32 x 64 x 32 = 65,536 numbers per forward pass, layer 0 32 x 100 x 64.
        DenseForwardCache.install(fast, BATCH * 64 * 32 + 1);
        fast.fit(data());
        assertEquals(1, DenseForwardCache.reuses(fast.getLayer(0)));
        assertEquals(0, DenseForwardCache.reuses(fast.getLayer(1)));
        assertEquals(0, DenseForwardCache.reuses(fast.getLayer(2)), "the output layer: 32 x 32 x 10");
    }

    // The generator's path in GanTrainer: a training forward pass, then an outside error backpropagated.
    private static Pair<Gradient, INDArray> generatorStyleBackprop(MultiLayerNetwork net, INDArray features, INDArray epsilon) {
        net.setInput(features);
        List<INDArray> activations = net.feedForward(true, false);
        assertEquals(4, activations.size());
        return net.backpropGradient(epsilon, LayerWorkspaceMgr.noWorkspaces());
    }

    private static void assertSameNumbers(INDArray expected, INDArray actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        double difference = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue(difference <= 1e-6 * Math.max(1, expected.amaxNumber().doubleValue()), what + ": differs by " + difference);
    }

    /** 100 inputs -> dense 64 (ReLU) -> dense 32 (tanh) -> softmax over 10 classes. */
    private static MultiLayerNetwork network() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(5)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .list()
                .layer(new DenseLayer.Builder().name("hidden-1").nIn(100).nOut(64).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().name("hidden-2").nOut(32).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10).activation(Activation.SOFTMAX).build())
                .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.feedForward(100))
                .build());
        net.init();
        return net;
    }

    /** Like the GAN's generator: dense layers only, the last one the output, trained by an outside error. */
    private static MultiLayerNetwork generator() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(6)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .list()
                .layer(new DenseLayer.Builder().nIn(100).nOut(64).activation(Activation.LEAKYRELU).build())
                .layer(new DenseLayer.Builder().nOut(32).activation(Activation.LEAKYRELU).build())
                .layer(new DenseLayer.Builder().nOut(10).activation(Activation.SIGMOID).build())
                .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.feedForward(100))
                .build());
        net.init();
        return net;
    }

    private static DataSet data() {
        Nd4j.getRandom().setSeed(13);
        INDArray features = Nd4j.randn(DataType.FLOAT, BATCH, 100);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, BATCH, 10);
        for (int i = 0; i < BATCH; i++) {
            labels.putScalar(i, i % 10, 1);
        }
        return new DataSet(features, labels);
    }
}
