package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.NativeSetup;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both paths of the fast LSTM (libnd4j's fast op and the hidden-major loop) must compute exactly
 * what DL4J's LSTM layer computes (same weights, same outputs and gradients to 1e-4), and must
 * really run: a helper that failed would be skipped silently by DL4J, and the comparison would then
 * pass trivially.
 */
class FastLstmTest {
    /** Each path forced through the units x batch threshold. */
    enum Path {
        FUSED(Long.MAX_VALUE), HIDDEN_MAJOR(0);

        final long hiddenMajorFrom;

        Path(long hiddenMajorFrom) {
            this.hiddenMajorFrom = hiddenMajorFrom;
        }

        long[] passes(org.deeplearning4j.nn.api.Layer layer) {
            FastLstm.Passes passes = FastLstm.passes(layer);
            return this == FUSED ? new long[] {passes.fusedForwards(), passes.fusedBackwards()}
                    : new long[] {passes.hiddenMajorForwards(), passes.hiddenMajorBackwards()};
        }
    }

    private static final int FEATURES = 3;
    private static final int TIME = 24;
    private static final int BATCH = 8;
    private static final double TOLERANCE = 1e-4;

    @BeforeAll
    static void loadNatives() {
        NativeSetup.configure();
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void stackedForecasterMatchesDl4jOutputsAndGradients(Path path) {
        MultiLayerNetwork plain = forecaster();
        MultiLayerNetwork fast = forecaster();
        assertEquals(2, FastLstm.install(fast, path.hiddenMajorFrom));
        assertTrue(FastLstm.isInstalled(fast.getLayer(1)), "the LastTimeStep-wrapped LSTM gets the helper too");
        assertFalse(FastLstm.isInstalled(plain.getLayer(0)));

        INDArray x = Nd4j.rand(DataType.FLOAT, BATCH, FEATURES, TIME).subi(0.5).muli(4);
        INDArray y = Nd4j.rand(DataType.FLOAT, BATCH, 2);
        assertClose("output", plain.output(x), fast.output(x));

        Pair<Gradient, INDArray> plainGradients = plain.calculateGradients(x, y, null, null);
        Pair<Gradient, INDArray> fastGradients = fast.calculateGradients(x, y, null, null);
        for (String key : plainGradients.getFirst().gradientForVariable().keySet()) {
            assertClose(key, plainGradients.getFirst().getGradientFor(key), fastGradients.getFirst().getGradientFor(key));
        }
        assertClose("input gradient", plainGradients.getSecond(), fastGradients.getSecond());

        for (int layer = 0; layer < 2; layer++) {
            long[] passes = path.passes(fast.getLayer(layer));
            assertTrue(passes[0] > 0 && passes[1] > 0, "layer " + layer + " did not run " + path + ": " + passes[0] + " forward, "
                    + passes[1] + " backward passes");
        }
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void trainingFollowsDl4jStepForStep(Path path) {
        int time = 8;
        MultiLayerNetwork plain = sequenceToSequence(time);
        MultiLayerNetwork fast = sequenceToSequence(time);
        FastLstm.install(fast, path.hiddenMajorFrom);
        INDArray x = Nd4j.rand(DataType.FLOAT, BATCH, FEATURES, time);
        INDArray y = Nd4j.rand(DataType.FLOAT, BATCH, 2, time);
        double firstScore = 0;
        INDArray evaluation = Nd4j.rand(DataType.FLOAT, 3 * BATCH, FEATURES, time);
        for (int step = 0; step < 12; step++) {
            plain.fit(x, y);
            fast.fit(x, y);
            firstScore = step == 0 ? plain.score() : firstScore;
            if (step % 4 == 3) {
                // an evaluation of another batch size between updates leaves training untouched
                assertClose("evaluation after step " + step, plain.output(evaluation), fast.output(evaluation));
            }
        }
        assertTrue(plain.score() < firstScore, "the loss should fall over 12 Adam steps");
        assertEquals(plain.score(), fast.score(), TOLERANCE);
        assertClose("parameters after 12 steps", plain.params(), fast.params());
        assertEquals(12, path.passes(fast.getLayer(0))[1]);
        if (path == Path.HIDDEN_MAJOR) {
            assertEquals(12 + 3, path.passes(fast.getLayer(0))[0],
                    "one forward pass per update (reused by its backward pass) and one per evaluation");
        }
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void maskedSequencesAgreeWithDl4j(Path path) {
        MultiLayerNetwork plain = sequenceToSequence(TIME);
        MultiLayerNetwork fast = sequenceToSequence(TIME);
        FastLstm.install(fast, path.hiddenMajorFrom);
        INDArray x = Nd4j.rand(DataType.FLOAT, BATCH, FEATURES, TIME);
        INDArray y = Nd4j.rand(DataType.FLOAT, BATCH, 2, TIME);
        INDArray mask = Nd4j.ones(DataType.FLOAT, BATCH, TIME);
        mask.get(NDArrayIndex.point(0), NDArrayIndex.interval(TIME / 2, TIME)).assign(0);
        assertClose("masked output", plain.output(x, false, mask, null), fast.output(x, false, mask, null));
        Pair<Gradient, INDArray> plainGradients = plain.calculateGradients(x, y, mask, mask);
        Pair<Gradient, INDArray> fastGradients = fast.calculateGradients(x, y, mask, mask);
        assertClose("masked gradient", plainGradients.getFirst().gradient(), fastGradients.getFirst().gradient());
        assertClose("masked input gradient", plainGradients.getSecond(), fastGradients.getSecond());
        assertTrue(path.passes(fast.getLayer(0))[1] > 0, "DL4J masks the LSTM's output, not its steps");
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void steppingThroughTimeCarriesTheStateLikeDl4j(Path path) {
        MultiLayerNetwork plain = sequenceToSequence(TIME);
        MultiLayerNetwork fast = sequenceToSequence(TIME);
        FastLstm.install(fast, path.hiddenMajorFrom);
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, FEATURES, 5);
        for (int call = 0; call < 3; call++) {
            assertClose("rnnTimeStep call " + call, plain.rnnTimeStep(x), fast.rnnTimeStep(x));
        }
        assertEquals(3, path.passes(fast.getLayer(0))[0]);
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void truncatedBackpropagationCarriesTheStateLikeDl4j(Path path) {
        MultiLayerNetwork plain = truncatedBackpropagation();
        MultiLayerNetwork fast = truncatedBackpropagation();
        FastLstm.install(fast, path.hiddenMajorFrom);
        INDArray x = Nd4j.rand(DataType.FLOAT, BATCH, FEATURES, 12);
        INDArray y = Nd4j.rand(DataType.FLOAT, BATCH, 2, 12);
        for (int step = 0; step < 3; step++) {
            plain.fit(x, y);
            fast.fit(x, y);
        }
        assertClose("parameters after 3 x 3 segments", plain.params(), fast.params());
        assertEquals(9, path.passes(fast.getLayer(0))[1]);
    }

    @Test
    void eachLayerTakesThePathThatIsFasterForItsSize() {
        MultiLayerNetwork small = sequenceToSequence(TIME);
        FastLstm.install(small);
        small.fit(Nd4j.rand(DataType.FLOAT, BATCH, FEATURES, TIME), Nd4j.rand(DataType.FLOAT, BATCH, 2, TIME));
        assertTrue(FastLstm.passes(small.getLayer(0)).fusedBackwards() > 0, "16 units x 8 sequences: the fast op");

        MultiLayerNetwork wide = build(new NeuralNetConfiguration.Builder().seed(3).dataType(DataType.FLOAT)
                .updater(new Adam(1e-2)).weightInit(WeightInit.XAVIER).list()
                .layer(new LSTM.Builder().nOut(64).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2).activation(Activation.IDENTITY).build())
                .setInputType(InputType.recurrent(FEATURES, TIME)).build());
        FastLstm.install(wide);
        wide.fit(Nd4j.rand(DataType.FLOAT, 32, FEATURES, TIME), Nd4j.rand(DataType.FLOAT, 32, 2, TIME));
        assertTrue(FastLstm.passes(wide.getLayer(0)).hiddenMajorBackwards() > 0, "64 units x 32 sequences: hidden-major");
    }

    private static MultiLayerNetwork forecaster() {
        return build(new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT).updater(new Adam(1e-2))
                .weightInit(WeightInit.XAVIER).trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED).list()
                .layer(new LSTM.Builder().nOut(16).activation(Activation.TANH).build())
                .layer(new LastTimeStep(new LSTM.Builder().nOut(12).activation(Activation.TANH).build()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2).activation(Activation.IDENTITY).build())
                .setInputType(InputType.recurrent(FEATURES, TIME)).build());
    }

    private static MultiLayerNetwork sequenceToSequence(int time) {
        return build(new NeuralNetConfiguration.Builder().seed(11).dataType(DataType.FLOAT).updater(new Adam(1e-2))
                .weightInit(WeightInit.XAVIER).list()
                .layer(new LSTM.Builder().nOut(16).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2).activation(Activation.IDENTITY).build())
                .setInputType(InputType.recurrent(FEATURES, time)).build());
    }

    private static MultiLayerNetwork truncatedBackpropagation() {
        return build(new NeuralNetConfiguration.Builder().seed(5).dataType(DataType.FLOAT).updater(new Adam(1e-2))
                .weightInit(WeightInit.XAVIER).list()
                .layer(new LSTM.Builder().nOut(16).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2).activation(Activation.IDENTITY).build())
                .backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(4).tBPTTBackwardLength(4)
                .setInputType(InputType.recurrent(FEATURES, 12)).build());
    }

    private static MultiLayerNetwork build(MultiLayerConfiguration conf) {
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static void assertClose(String what, INDArray expected, INDArray actual) {
        assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(actual.shape()), what + " shape");
        double difference = expected.castTo(DataType.DOUBLE).sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
        assertTrue(difference <= TOLERANCE, what + " differs by " + difference);
    }
}
