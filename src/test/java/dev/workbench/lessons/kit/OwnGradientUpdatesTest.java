package dev.workbench.lessons.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.engine.NativeSetup;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** A graph with the own-gradient updater trains to the same parameters as with DL4J's, bit for bit. */
class OwnGradientUpdatesTest {
    @BeforeAll
    static void nd4j() {
        NativeSetup.configure();
    }

    @Test
    void sameUpdatesAsDl4jWithAndWithoutWeightDecay() {
        for (double l2 : new double[] {0, 1e-2}) {
            ComputationGraph dl4j = graph(l2);
            ComputationGraph own = graph(l2);
            assertTrue(OwnGradientUpdates.install(own));
            assertFalse(OwnGradientUpdates.install(own), "once is enough");
            DataSet data = data();
            for (int i = 0; i < 5; i++) {
                dl4j.fit(data);
                own.fit(data);
            }
            assertEquals(dl4j.params(), own.params(), "l2 " + l2 + ": five Adam updates");
            assertEquals(5, OwnGradientUpdates.ownGradientUpdates(own), "l2 " + l2 + ": every update took the fast way");
        }
    }

    @Test
    void installingMidRunKeepsTheOptimizerState() {
        ComputationGraph dl4j = graph(0);
        ComputationGraph own = graph(0);
        DataSet data = data();
        dl4j.fit(data);
        own.fit(data);
        OwnGradientUpdates.install(own); // as after restoring a checkpoint: Adam's moments are not zero any more
        for (int i = 0; i < 4; i++) {
            dl4j.fit(data);
            own.fit(data);
        }
        assertEquals(dl4j.params(), own.params(), "Adam carried on where it was");
        assertEquals(4, OwnGradientUpdates.ownGradientUpdates(own));
    }

    @Test
    void sameUpdatesForAMultiLayerNetworkAcrossALearningRateChange() {
        MultiLayerNetwork dl4j = network();
        MultiLayerNetwork own = network();
        assertTrue(OwnGradientUpdates.install(own));
        DataSet data = data();
        for (int i = 0; i < 3; i++) {
            dl4j.fit(data);
            own.fit(data);
        }
        dl4j.setLearningRate(3e-3);
        OwnGradientUpdates.setLearningRate(own, 3e-3);
        for (int i = 0; i < 3; i++) {
            dl4j.fit(data);
            own.fit(data);
        }
        assertEquals(dl4j.params(), own.params(), "six Adam updates, the last three at a new rate");
        assertEquals(3, OwnGradientUpdates.ownGradientUpdates(own), "still installed after the change: counts anew");
    }

    private static MultiLayerNetwork network() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(9)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .list()
                .layer(new DenseLayer.Builder().nOut(6).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.feedForward(4))
                .build());
        net.init();
        return net;
    }

    /** in (4) -> dense 6 (tanh) -> dense 6 (ReLU) + skip -> softmax 3. */
    private static ComputationGraph graph(double l2) {
        ComputationGraph graph = new ComputationGraph(new NeuralNetConfiguration.Builder()
                .seed(9)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .l2(l2)
                .graphBuilder()
                .addInputs("in")
                .addLayer("stem", new DenseLayer.Builder().nOut(6).activation(Activation.TANH).build(), "in")
                .addLayer("block", new DenseLayer.Builder().nOut(6).activation(Activation.RELU).build(), "stem")
                .addVertex("add", new ElementWiseVertex(ElementWiseVertex.Op.Add), "block", "stem")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "add")
                .setOutputs("out")
                .setInputTypes(InputType.feedForward(4))
                .build());
        graph.init();
        return graph;
    }

    private static DataSet data() {
        Nd4j.getRandom().setSeed(2);
        INDArray features = Nd4j.randn(DataType.FLOAT, 16, 4);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 16, 3);
        for (int i = 0; i < 16; i++) {
            labels.putScalar(i, i % 3, 1);
        }
        return new DataSet(features, labels);
    }
}
