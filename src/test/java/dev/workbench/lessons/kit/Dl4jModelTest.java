package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.ParameterSnapshot;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;

import static dev.workbench.lessons.kit.TwoNetworkSessionTest.flat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Dl4jModelTest {
    @Test
    void restoringASnapshotBringsBackTheOutputsOfThatMoment() {
        TwoNetworkSession session = new TwoNetworkSession(3);
        Dl4jModel model = session.classifier();
        session.trainStep();
        float[] atSnapshot = flat(model.output(session.probe()));
        ParameterSnapshot snapshot = model.snapshot();
        for (int i = 0; i < 5; i++) {
            session.trainStep();
        }
        float[] later = flat(model.output(session.probe()));
        assertFalse(java.util.Arrays.equals(atSnapshot, later), "training changed the outputs");
        snapshot.restore();
        assertArrayEquals(atSnapshot, flat(model.output(session.probe())), 0f);
        snapshot.restore();
        assertArrayEquals(atSnapshot, flat(model.output(session.probe())), 0f, "a snapshot can be restored twice");
    }

    @Test
    void snapshotsWorkOnAComputationGraphToo() throws Exception {
        GraphClassifier graph = GraphClassifier.prepare(11);
        Dl4jModel model = graph.core().model();
        INDArray probe = graph.probe();
        float[] atSnapshot = flat(model.output(probe));
        ParameterSnapshot snapshot = model.snapshot();
        for (int i = 0; i < 5; i++) {
            graph.core().trainIteration();
        }
        assertFalse(java.util.Arrays.equals(atSnapshot, flat(model.output(probe))));
        snapshot.restore();
        assertArrayEquals(atSnapshot, flat(model.output(probe)), 0f);
    }

    @Test
    void wrapsBothKindsAndRefusesOthers() {
        TwoNetworkSession session = new TwoNetworkSession(1);
        org.deeplearning4j.nn.multilayer.MultiLayerNetwork net =
                (org.deeplearning4j.nn.multilayer.MultiLayerNetwork) session.classifier().model();
        assertTrue(Dl4jModel.of((org.deeplearning4j.nn.api.Model) net) instanceof Dl4jModel.Layers);
        assertThrows(IllegalArgumentException.class, () -> Dl4jModel.of(net.getLayer(0)));
        assertEquals(4 * 16 + 16 + 16 * 2 + 2, session.classifier().numParams());
        assertEquals(Activation.LEAKYRELU, Activations.named("leakyrelu"));
        assertEquals(org.deeplearning4j.nn.weights.WeightInit.RELU, Activations.weightInitFor(Activation.RELU));
        assertEquals(org.deeplearning4j.nn.weights.WeightInit.XAVIER, Activations.weightInitFor(Activation.TANH));
        assertThrows(IllegalArgumentException.class, () -> Activations.named("swishy"));
    }
}
