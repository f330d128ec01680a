package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.NativeSetup;
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
 * The fused LSTM must compute exactly what DL4J's LSTM layer computes (same weights, same
 * outputs and gradients to 1e-4), and must really run: a helper that failed would be skipped
 * silently by DL4J, and the comparison would then pass trivially.
 */
class FusedLstmTest {
    private static final int FEATURES = 3;
    private static final int TIME = 24;
    private static final int BATCH = 8;
    private static final double TOLERANCE = 1e-4;

    @BeforeAll
    static void loadNatives() {
        NativeSetup.configure();
    }

    @Test
    void stackedForecasterMatchesDl4jOutputsAndGradients() {
        MultiLayerNetwork plain = forecaster();
        MultiLayerNetwork fused = forecaster();
        assertEquals(2, FusedLstm.install(fused));
        assertTrue(FusedLstm.isInstalled(fused.getLayer(1)), "the LastTimeStep-wrapped LSTM gets the helper too");
        assertFalse(FusedLstm.isInstalled(plain.getLayer(0)));

        INDArray x = Nd4j.rand(DataType.FLOAT, BATCH, FEATURES, TIME).subi(0.5).muli(4);
        INDArray y = Nd4j.rand(DataType.FLOAT, BATCH, 2);
        assertClose("output", plain.output(x), fused.output(x));

        Pair<Gradient, INDArray> plainGradients = plain.calculateGradients(x, y, null, null);
        Pair<Gradient, INDArray> fusedGradients = fused.calculateGradients(x, y, null, null);
        for (String key : plainGradients.getFirst().gradientForVariable().keySet()) {
            assertClose(key, plainGradients.getFirst().getGradientFor(key), fusedGradients.getFirst().getGradientFor(key));
        }
        assertClose("input gradient", plainGradients.getSecond(), fusedGradients.getSecond());

        for (int layer = 0; layer < 2; layer++) {
            long[] passes = FusedLstm.fusedPasses(fused.getLayer(layer));
            assertTrue(passes[0] > 0 && passes[1] > 0, "layer " + layer + " did not run fused: " + passes[0] + " forward, "
                    + passes[1] + " backward passes");
        }
    }

    @Test
    void trainingFollowsDl4jStepForStep() {
        int time = 8;
        MultiLayerNetwork plain = sequenceToSequence(time);
        MultiLayerNetwork fused = sequenceToSequence(time);
        FusedLstm.install(fused);
        INDArray x = Nd4j.rand(DataType.FLOAT, BATCH, FEATURES, time);
        INDArray y = Nd4j.rand(DataType.FLOAT, BATCH, 2, time);
        double firstScore = 0;
        for (int step = 0; step < 12; step++) {
            plain.fit(x, y);
            fused.fit(x, y);
            firstScore = step == 0 ? plain.score() : firstScore;
        }
        assertTrue(plain.score() < firstScore, "the loss should fall over 12 Adam steps");
        assertEquals(plain.score(), fused.score(), TOLERANCE);
        assertClose("parameters after 12 steps", plain.params(), fused.params());
        assertEquals(12, FusedLstm.fusedPasses(fused.getLayer(0))[1]);
    }

    @Test
    void maskedSequencesAgreeWithDl4j() {
        MultiLayerNetwork plain = sequenceToSequence(TIME);
        MultiLayerNetwork fused = sequenceToSequence(TIME);
        FusedLstm.install(fused);
        INDArray x = Nd4j.rand(DataType.FLOAT, BATCH, FEATURES, TIME);
        INDArray y = Nd4j.rand(DataType.FLOAT, BATCH, 2, TIME);
        INDArray mask = Nd4j.ones(DataType.FLOAT, BATCH, TIME);
        mask.get(NDArrayIndex.point(0), NDArrayIndex.interval(TIME / 2, TIME)).assign(0);
        assertClose("masked output", plain.output(x, false, mask, null), fused.output(x, false, mask, null));
        Pair<Gradient, INDArray> plainGradients = plain.calculateGradients(x, y, mask, mask);
        Pair<Gradient, INDArray> fusedGradients = fused.calculateGradients(x, y, mask, mask);
        assertClose("masked gradient", plainGradients.getFirst().gradient(), fusedGradients.getFirst().gradient());
        assertClose("masked input gradient", plainGradients.getSecond(), fusedGradients.getSecond());
        assertTrue(FusedLstm.fusedPasses(fused.getLayer(0))[1] > 0, "DL4J masks the LSTM's output, not its steps");
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
