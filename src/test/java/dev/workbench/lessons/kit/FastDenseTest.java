package dev.workbench.lessons.kit;

import static dev.workbench.lessons.kit.CloseNumbers.assertClose;
import static dev.workbench.lessons.kit.CloseNumbers.assertSameGradients;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.engine.NativeSetup;
import java.util.List;
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
        assertEquals(COVERED.length + 1, FastDense.install(fast), "the dense layers and the output layer");
        assertTrue(FastDense.isInstalled(fast.getLayer(0)));
        assertTrue(FastDense.isInstalled(fast.getLayer(COVERED.length)), "the output layer");
        assertSame(fast.getLayer(1), fast.getLayer("dense-1"), "found by name too");

        DataSet data = data();
        INDArray features = data.getFeatures();
        assertClose(dl4j.output(features), fast.output(features), "forward");
        INDArray columnMajor = features.dup('f');
        assertClose(dl4j.output(features), fast.output(columnMajor), "forward from column-major input");

        Pair<Gradient, INDArray> expected = dl4j.calculateGradients(features, data.getLabels(), null, null);
        Pair<Gradient, INDArray> actual = fast.calculateGradients(columnMajor, data.getLabels(), null, null);
        assertEquals(expected.getFirst().gradientForVariable().keySet(), actual.getFirst().gradientForVariable().keySet());
        assertSameGradients(expected, actual, "");

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
    void everyCoveredOutputLossMatchesDl4j() {
        for (OutputCase output : OutputCase.values()) {
            MultiLayerNetwork dl4j = withOutput(output);
            MultiLayerNetwork fast = withOutput(output);
            assertEquals(2, FastDense.install(fast));
            DataSet data = output.data();
            assertClose(dl4j.output(data.getFeatures()), fast.output(data.getFeatures()), output + ": forward");
            Pair<Gradient, INDArray> expected = dl4j.calculateGradients(data.getFeatures(), data.getLabels(), null, null);
            Pair<Gradient, INDArray> actual = fast.calculateGradients(data.getFeatures(), data.getLabels(), null, null);
            assertEquals(List.copyOf(expected.getFirst().gradientForVariable().keySet()),
                    List.copyOf(actual.getFirst().gradientForVariable().keySet()), output + ": DL4J's order");
            assertSameGradients(expected, actual, output + ": ");
            for (int i = 0; i < 5; i++) {
                dl4j.fit(data);
                fast.fit(data);
                assertEquals(dl4j.score(), fast.score(), 1e-5 * Math.abs(dl4j.score()), output + ": score of fit " + i);
            }
            assertClose(dl4j.params(), fast.params(), output + ": five Adam updates");
            assertEquals(dl4j.score(data), fast.score(data), 1e-5 * Math.abs(dl4j.score(data)), output + ": score(data)");
            long[] passes = FastDense.passes(fast.getLayer(1));
            assertTrue(passes[0] > 0 && passes[1] >= 6, output + ": the output layer ran on the fast path");
        }
    }

    /** The output layers the lessons use: the GAN's two discriminators, the classifiers. */
    private enum OutputCase {
        SIGMOID_CROSS_ENTROPY(Activation.SIGMOID, LossFunctions.LossFunction.XENT),
        IDENTITY_MEAN_SQUARED(Activation.IDENTITY, LossFunctions.LossFunction.MSE),
        SOFTMAX_CROSS_ENTROPY(Activation.SOFTMAX, LossFunctions.LossFunction.MCXENT);

        final Activation activation;
        final LossFunctions.LossFunction loss;

        OutputCase(Activation activation, LossFunctions.LossFunction loss) {
            this.activation = activation;
            this.loss = loss;
        }

        DataSet data() {
            Nd4j.getRandom().setSeed(8);
            INDArray features = Nd4j.randn(DataType.FLOAT, BATCH, FEATURES);
            INDArray labels = switch (this) {
                case SIGMOID_CROSS_ENTROPY -> Nd4j.rand(DataType.FLOAT, BATCH, 3).gt(0.5).castTo(DataType.FLOAT);
                case IDENTITY_MEAN_SQUARED -> Nd4j.randn(DataType.FLOAT, BATCH, 3);
                case SOFTMAX_CROSS_ENTROPY -> {
                    INDArray oneHot = Nd4j.zeros(DataType.FLOAT, BATCH, 3);
                    for (int i = 0; i < BATCH; i++) {
                        oneHot.putScalar(i, i % 3, 1);
                    }
                    yield oneHot;
                }
            };
            return new DataSet(features, labels);
        }
    }

    private static MultiLayerNetwork withOutput(OutputCase output) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(12)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .list()
                .layer(new DenseLayer.Builder().nOut(8).activation(Activation.LEAKYRELU).build())
                .layer(new OutputLayer.Builder(output.loss).nOut(3).activation(output.activation).build())
                .setInputType(InputType.feedForward(FEATURES))
                .build());
        net.init();
        return net;
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
        assertSameGradients(expected, actual, "");
    }

    @Test
    void residualGraphMatchesDl4j() {
        ComputationGraph dl4j = residualGraph();
        ComputationGraph fast = residualGraph();
        assertEquals(4, FastDense.install(fast));
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
        assertEquals(2, FastDense.install(elu));
        elu.fit(data());
        assertArrayEquals(new long[] {0, 0}, FastDense.passes(elu.getLayer(0)), "ELU is DL4J's");

        MultiLayerNetwork tooLarge = network(Activation.TANH, Activation.TANH, Activation.TANH);
        DenseForwardCache.install(tooLarge, 1);
        // A pass of the first layer takes on 24 x 5 x 8 multiply-adds, of the second 24 x 8 x 8.
        assertEquals(4, FastDense.install(tooLarge, BATCH * FEATURES * 8), "the caching layers swapped too");
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
