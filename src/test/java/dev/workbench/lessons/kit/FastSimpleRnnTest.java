package dev.workbench.lessons.kit;

import static dev.workbench.lessons.kit.CloseNumbers.assertClose;
import static dev.workbench.lessons.kit.CloseNumbers.assertSameGradients;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.engine.NativeSetup;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
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

/** SimpleRnn layers on the fast path give DL4J's outputs, gradients and updates; the rest stays DL4J's. */
class FastSimpleRnnTest {
    private static final int FEATURES = 3;
    private static final int STEPS = 12;
    private static final int BATCH = 16;

    @BeforeAll
    static void nd4j() {
        NativeSetup.configure();
    }

    @Test
    void twoTanhLayersMatchDl4jForwardBackwardAndTraining() {
        MultiLayerNetwork dl4j = network(Activation.TANH);
        MultiLayerNetwork fast = network(Activation.TANH);
        assertEquals(2, FastSimpleRnn.install(fast));
        assertTrue(FastSimpleRnn.isInstalled(fast.getLayer(0)));
        assertTrue(FastSimpleRnn.isInstalled(fast.getLayer(1)), "inside LastTimeStep too");
        assertFalse(FastSimpleRnn.isInstalled(fast.getLayer(2)));
        assertSame(fast.getLayer(0), fast.getLayer("recurrent-1"), "found by name too");

        DataSet data = data();
        INDArray features = data.getFeatures();
        assertClose(dl4j.output(features), fast.output(features), "forward");
        assertClose(dl4j.feedForward(features, true).get(1), fast.feedForward(features, true).get(1),
                "every step of the first layer");

        Pair<Gradient, INDArray> expected = dl4j.calculateGradients(features, data.getLabels(), null, null);
        Pair<Gradient, INDArray> actual = fast.calculateGradients(features, data.getLabels(), null, null);
        assertSameGradients(expected, actual, "");

        for (int i = 0; i < 5; i++) {
            dl4j.fit(data);
            fast.fit(data);
        }
        assertClose(dl4j.params(), fast.params(), "five Adam updates");
        assertTrue(FastSimpleRnn.passes(fast.getLayer(1))[1] >= 6, "backward passes on the fast path");
        assertTrue(FastSimpleRnn.passes(fast.getLayer(0))[0] >= 8, "forward passes on the fast path");
    }

    @Test
    void otherActivationsAndLargeLayersStayWithDl4j() {
        MultiLayerNetwork relu = network(Activation.RELU);
        assertEquals(2, FastSimpleRnn.install(relu));
        relu.fit(data());
        assertArrayEquals(new long[] {0, 0}, FastSimpleRnn.passes(relu.getLayer(0)), "ReLU is DL4J's");

        MultiLayerNetwork tooLarge = network(Activation.TANH);
        // A pass of the first layer takes on 12 x 16 x (8 + 3) numbers, of the second 12 x 16 x (8 + 8).
        FastSimpleRnn.install(tooLarge, STEPS * BATCH * (8 + FEATURES));
        tooLarge.fit(data());
        assertTrue(FastSimpleRnn.passes(tooLarge.getLayer(0))[1] > 0, "at the size limit: fast");
        assertArrayEquals(new long[] {0, 0}, FastSimpleRnn.passes(tooLarge.getLayer(1)), "over it: DL4J");
    }

    /** 3 features x 12 steps -> SimpleRnn 8 -> SimpleRnn 8 read at its last step -> 2 outputs on MSE. */
    private static MultiLayerNetwork network(Activation activation) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(11)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .list()
                .layer(new SimpleRnn.Builder().name("recurrent-1").nOut(8).activation(activation).build())
                .layer(new LastTimeStep(new SimpleRnn.Builder().name("recurrent-2").nOut(8).activation(activation).build()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2).activation(Activation.IDENTITY).build())
                .setInputType(InputType.recurrent(FEATURES, STEPS))
                .build());
        net.init();
        return net;
    }

    private static DataSet data() {
        Nd4j.getRandom().setSeed(5);
        INDArray features = Nd4j.randn(DataType.FLOAT, BATCH, FEATURES, STEPS);
        INDArray labels = features.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2),
                org.nd4j.linalg.indexing.NDArrayIndex.point(0)).mul(0.5).dup();
        return new DataSet(features, labels);
    }
}
