package dev.workbench.lessons.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.engine.NativeSetup;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
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

/** Small dense layers on the fast path give DL4J's outputs, gradients and updates; the rest stays DL4J's. */
class FastDenseTest {
    private static final int FEATURES = 5;
    private static final int BATCH = 24;
    private static final Activation[] COVERED = {Activation.LEAKYRELU, Activation.TANH, Activation.SIGMOID,
            Activation.RELU, Activation.IDENTITY};

    @BeforeAll
    static void nd4j() {
        NativeSetup.configure();
    }

    @Test
    void everyCoveredActivationMatchesDl4jForwardBackwardAndTraining() {
        MultiLayerNetwork dl4j = network(COVERED);
        MultiLayerNetwork fast = network(COVERED);
        assertEquals(COVERED.length, FastDense.install(fast));
        assertTrue(FastDense.isInstalled(fast.getLayer(0)));
        assertFalse(FastDense.isInstalled(fast.getLayer(COVERED.length)), "the output layer is DL4J's");
        assertSame(fast.getLayer(1), fast.getLayer("dense-1"), "found by name too");

        DataSet data = data();
        INDArray features = data.getFeatures();
        assertClose(dl4j.output(features), fast.output(features), "forward");
        INDArray columnMajor = features.dup('f');
        assertClose(dl4j.output(features), fast.output(columnMajor), "forward from column-major input");

        Pair<Gradient, INDArray> expected = dl4j.calculateGradients(features, data.getLabels(), null, null);
        Pair<Gradient, INDArray> actual = fast.calculateGradients(columnMajor, data.getLabels(), null, null);
        assertEquals(expected.getFirst().gradientForVariable().keySet(), actual.getFirst().gradientForVariable().keySet());
        for (String key : expected.getFirst().gradientForVariable().keySet()) {
            assertClose(expected.getFirst().getGradientFor(key), actual.getFirst().getGradientFor(key), "gradient " + key);
        }
        assertClose(expected.getSecond(), actual.getSecond(), "gradient for the input");

        for (int i = 0; i < 5; i++) {
            dl4j.fit(data);
            fast.fit(data);
        }
        assertClose(dl4j.params(), fast.params(), "five Adam updates");
        for (int i = 0; i < COVERED.length; i++) {
            long[] passes = FastDense.passes(fast.getLayer(i));
            assertTrue(passes[0] >= 8 && passes[1] >= 6, COVERED[i] + " ran on the fast path: " + passes[0]
                    + " forward, " + passes[1] + " backward");
        }
    }

    @Test
    void backpropWithAnOutsideGradientMatchesDl4j() {
        // The GAN's generator: a forward pass, then backprop of a gradient from another network.
        MultiLayerNetwork dl4j = generator();
        MultiLayerNetwork fast = generator();
        FastDense.install(fast);
        INDArray features = data().getFeatures();
        INDArray epsilon = Nd4j.rand(DataType.FLOAT, BATCH, 3).subi(0.5).transpose().dup('c').transpose();
        Pair<Gradient, INDArray> expected = backprop(dl4j, features, epsilon);
        Pair<Gradient, INDArray> actual = backprop(fast, features, epsilon);
        for (String key : expected.getFirst().gradientForVariable().keySet()) {
            assertClose(expected.getFirst().getGradientFor(key), actual.getFirst().getGradientFor(key), "gradient " + key);
        }
        assertClose(expected.getSecond(), actual.getSecond(), "gradient for the input");
    }

    @Test
    void residualGraphMatchesDl4j() {
        ComputationGraph dl4j = residualGraph();
        ComputationGraph fast = residualGraph();
        assertEquals(3, FastDense.install(fast));
        assertTrue(FastDense.isInstalled(fast.getLayer("block")), "found by name");
        DataSet data = data();
        assertClose(dl4j.outputSingle(data.getFeatures()), fast.outputSingle(data.getFeatures()), "forward");
        for (int i = 0; i < 5; i++) {
            dl4j.fit(data);
            fast.fit(data);
        }
        assertClose(dl4j.params(), fast.params(), "five Adam updates");
        assertTrue(FastDense.passes(fast.getLayer("block"))[1] >= 5, "the block's backward passes ran on the fast path");
    }

    @Test
    void otherActivationsAndLargeLayersStayWithDl4j() {
        MultiLayerNetwork elu = network(Activation.ELU);
        assertEquals(1, FastDense.install(elu));
        elu.fit(data());
        assertArrayEquals(new long[] {0, 0}, FastDense.passes(elu.getLayer(0)), "ELU is DL4J's");

        MultiLayerNetwork tooLarge = network(Activation.TANH, Activation.TANH, Activation.TANH);
        DenseForwardCache.install(tooLarge, 1);
        // A pass of the first layer takes on 24 x 5 x 8 multiply-adds, of the second 24 x 8 x 8.
        assertEquals(3, FastDense.install(tooLarge, BATCH * FEATURES * 8), "the caching layers swapped too");
        tooLarge.fit(data());
        assertTrue(FastDense.passes(tooLarge.getLayer(0))[1] > 0, "at the size limit: fast");
        assertArrayEquals(new long[] {0, 0}, FastDense.passes(tooLarge.getLayer(1)), "over it: DL4J");
        assertEquals(1, DenseForwardCache.reuses(tooLarge.getLayer(1)), "over it, the cache it had still works");
    }

    private static Pair<Gradient, INDArray> backprop(MultiLayerNetwork net, INDArray features, INDArray epsilon) {
        net.setInput(features);
        net.feedForward(true, false);
        Pair<Gradient, INDArray> result = net.backpropGradient(epsilon, LayerWorkspaceMgr.noWorkspaces());
        return new Pair<>(result.getFirst(), result.getSecond().dup());
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
        double difference = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue(difference <= 1e-4 * scale, what + ": differs by " + difference + " (largest value " + scale + ")");
    }

    /** 5 features -> one dense layer of 8 per activation (the last of 3 when it is the network's end) -> 3 outputs on MSE. */
    private static MultiLayerNetwork network(Activation... activations) {
        var list = new NeuralNetConfiguration.Builder()
                .seed(11)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .list();
        for (int i = 0; i < activations.length; i++) {
            list.layer(new DenseLayer.Builder().name("dense-" + i).nOut(i == activations.length - 1 ? 3 : 8)
                    .activation(activations[i]).build());
        }
        list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(3).activation(Activation.IDENTITY).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.setInputType(InputType.feedForward(FEATURES)).build());
        net.init();
        return net;
    }

    /** Like the GAN's generator, no output layer: 5 features -> dense 8 (leaky ReLU) -> dense 3 (identity). */
    private static MultiLayerNetwork generator() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(7)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .list()
                .layer(new DenseLayer.Builder().nOut(8).activation(Activation.LEAKYRELU).build())
                .layer(new DenseLayer.Builder().nOut(3).activation(Activation.IDENTITY).build())
                .setInputType(InputType.feedForward(FEATURES))
                .build());
        net.init();
        return net;
    }

    /** stem (8, tanh) -> block (8, ReLU) + skip -> head (3, leaky ReLU) -> softmax output. */
    private static ComputationGraph residualGraph() {
        var graph = new NeuralNetConfiguration.Builder()
                .seed(3)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .graphBuilder()
                .addInputs("in")
                .addLayer("stem", new DenseLayer.Builder().nOut(8).activation(Activation.TANH).build(), "in")
                .addLayer("block", new DenseLayer.Builder().nOut(8).activation(Activation.RELU).build(), "stem")
                .addVertex("add", new ElementWiseVertex(ElementWiseVertex.Op.Add), "block", "stem")
                .addLayer("head", new DenseLayer.Builder().nOut(3).activation(Activation.LEAKYRELU).build(), "add")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(3)
                        .activation(Activation.IDENTITY).build(), "head")
                .setOutputs("out")
                .setInputTypes(InputType.feedForward(FEATURES));
        ComputationGraph net = new ComputationGraph(graph.build());
        net.init();
        return net;
    }

    private static DataSet data() {
        Nd4j.getRandom().setSeed(5);
        INDArray features = Nd4j.randn(DataType.FLOAT, BATCH, FEATURES);
        INDArray labels = features.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 3)).mul(0.5).dup();
        return new DataSet(features, labels);
    }
}
