package dev.workbench.lessons.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/** FastAdam trains a network as ND4J's Adam does, through its own loop wherever the arrays allow. */
class FastAdamTest {
    private static final int STEPS = 25;

    @Test
    void trainsLikeNd4jsAdamThroughTheJavaLoop() {
        MultiLayerNetwork nd4j = network(DataType.FLOAT, new Adam(3e-3, 0.8, 0.99, 1e-6), null);
        MultiLayerNetwork fast = network(DataType.FLOAT, new FastAdam(3e-3, 0.8, 0.99, 1e-6), null);
        train(nd4j, fast, DataType.FLOAT);
        assertClose(nd4j.params(), fast.params(), 1e-5);
        assertClose(nd4j.getUpdater().getStateViewArray(), fast.getUpdater().getStateViewArray(), 1e-5);
        assertTrue(moved(fast), "the parameters moved");
        assertEquals(STEPS, javaSteps(fast, 0), "every update went through the Java loop");
    }

    @Test
    void eachUpdaterBlockWorksOnItsOwnSliceOfTheParameters() {
        // Layers with different updaters make several blocks, each a view deep inside the flat arrays.
        MultiLayerNetwork nd4j = network(DataType.FLOAT, new Adam(3e-3), new Adam(1e-2));
        MultiLayerNetwork fast = network(DataType.FLOAT, new FastAdam(3e-3, 0.9, 0.999, 1e-8),
                new FastAdam(1e-2, 0.9, 0.999, 1e-8));
        assertEquals(3, ((org.deeplearning4j.nn.updater.BaseMultiLayerUpdater<?>) fast.getUpdater()).getUpdaterBlocks().size(), "Adam, SGD, Adam at another rate");
        train(nd4j, fast, DataType.FLOAT);
        assertClose(nd4j.params(), fast.params(), 1e-5);
        assertEquals(STEPS, javaSteps(fast, 0));
        assertEquals(STEPS, javaSteps(fast, 2));
    }

    @Test
    void followsALearningRateSchedule() {
        var schedule = new ExponentialSchedule(ScheduleType.ITERATION, 1e-2, 0.8);
        Adam nd4jAdam = new Adam(schedule);
        FastAdam fastAdam = new FastAdam();
        fastAdam.setLrAndSchedule(1e-2, schedule);
        MultiLayerNetwork nd4j = network(DataType.FLOAT, nd4jAdam, null);
        MultiLayerNetwork fast = network(DataType.FLOAT, fastAdam, null);
        train(nd4j, fast, DataType.FLOAT);
        assertClose(nd4j.params(), fast.params(), 1e-5);
    }

    @Test
    void doublePrecisionGoesToNd4jsOp() {
        MultiLayerNetwork nd4j = network(DataType.DOUBLE, new Adam(3e-3), null);
        MultiLayerNetwork fast = network(DataType.DOUBLE, new FastAdam(3e-3, 0.9, 0.999, 1e-8), null);
        train(nd4j, fast, DataType.DOUBLE);
        assertEquals(nd4j.params(), fast.params(), "the same op on the same numbers");
        assertEquals(0, javaSteps(fast, 0));
    }

    @Test
    void aSavedNetworkComesBackWithItsStateAndGoesOnAsIfNeverSaved() throws IOException {
        MultiLayerNetwork straight = network(DataType.FLOAT, new FastAdam(3e-3, 0.9, 0.999, 1e-8), null);
        MultiLayerNetwork saved = network(DataType.FLOAT, new FastAdam(3e-3, 0.9, 0.999, 1e-8), null);
        DataSet data = data(DataType.FLOAT);
        for (int i = 0; i < 5; i++) {
            straight.fit(data);
            saved.fit(data);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(saved, bytes, true);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes.toByteArray()), true);
        assertInstanceOf(FastAdam.class, ((BaseLayer) restored.getLayerWiseConfigurations().getConf(0).getLayer()).getIUpdater());
        for (int i = 0; i < 5; i++) {
            straight.fit(data);
            restored.fit(data);
        }
        assertEquals(straight.params(), restored.params());
        assertEquals(5, javaSteps(restored, 0));
    }

    @Test
    void isNotEqualToNd4jsAdamWithTheSameSettings() {
        // DL4J merges layers whose updaters are equal into one block, run by the first layer's updater.
        FastAdam fast = new FastAdam(1e-3, 0.9, 0.999, 1e-8);
        Adam nd4j = new Adam(1e-3, 0.9, 0.999, 1e-8);
        assertNotEquals(fast, nd4j);
        assertNotEquals(nd4j, fast);
        assertEquals(fast, fast.clone());
        assertInstanceOf(FastAdam.class, fast.clone());
    }

    private static void train(MultiLayerNetwork a, MultiLayerNetwork b, DataType type) {
        DataSet data = data(type);
        for (int i = 0; i < STEPS; i++) {
            a.fit(data);
            b.fit(data);
        }
    }

    private static long javaSteps(MultiLayerNetwork net, int block) {
        UpdaterBlock updaterBlock = ((org.deeplearning4j.nn.updater.BaseMultiLayerUpdater<?>) net.getUpdater()).getUpdaterBlocks().get(block);
        return ((FastAdamUpdater) updaterBlock.getGradientUpdater()).javaSteps();
    }

    private static boolean moved(MultiLayerNetwork net) {
        MultiLayerNetwork fresh = network(DataType.FLOAT, new FastAdam(3e-3, 0.8, 0.99, 1e-6), null);
        return fresh.params().distance2(net.params()) > 1e-3;
    }

    private static void assertClose(INDArray expected, INDArray actual, double relative) {
        double difference = expected.distance2(actual) / expected.norm2Number().doubleValue();
        assertTrue(difference < relative, "relative difference " + difference);
    }

    /** 12-32-16-3 with ReLU; {@code last}, when given, is the output layer's updater and the middle layer gets SGD. */
    private static MultiLayerNetwork network(DataType type, IUpdater updater, IUpdater last) {
        var list = new NeuralNetConfiguration.Builder()
                .seed(11)
                .dataType(type)
                .updater(updater)
                .list()
                .layer(new DenseLayer.Builder().nIn(12).nOut(32).activation(Activation.RELU).build());
        DenseLayer.Builder middle = new DenseLayer.Builder().nIn(32).nOut(16).activation(Activation.TANH);
        OutputLayer.Builder output = new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(16).nOut(3)
                .activation(Activation.SOFTMAX);
        if (last != null) {
            middle.updater(new Sgd(0.05));
            output.updater(last);
        }
        MultiLayerNetwork net = new MultiLayerNetwork(list.layer(middle.build()).layer(output.build()).build());
        net.init();
        return net;
    }

    private static DataSet data(DataType type) {
        Nd4j.getRandom().setSeed(3);
        INDArray features = Nd4j.randn(type, 40, 12);
        INDArray labels = Nd4j.zeros(type, 40, 3);
        for (int i = 0; i < 40; i++) {
            labels.putScalar(i, i % 3, 1);
        }
        return new DataSet(features, labels);
    }
}
