package dev.workbench.lessons.sequences;

import dev.workbench.lessons.data.SeriesWindows.LabelLayout;
import dev.workbench.lessons.data.SeriesWindows.Part;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.insight.CellInterior;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Inside the cell" maps are recomputed from the layer's weights in plain ND4J; this checks
 * them against what DL4J itself computes, on a network trained for a while (so the weights are no
 * longer the initial ones), for both cells.
 */
class CellInteriorTest {
    private static final SequencesLesson LESSON = new SequencesLesson();
    private static final double TOLERANCE = 1e-4;

    @BeforeAll
    static void threads() {
        NativeSetup.applyThreadPolicy();
    }

    /** Two layers, so that DL4J reports the first layer's output at every step, not only the last. */
    @ParameterizedTest
    @ValueSource(strings = {"lstm", "rnn"})
    void recomputedHiddenStateMatchesDl4jAtEveryStep(String cell) throws Exception {
        Settings settings = LESSON.validate(Map.of(SequencesLesson.CELL, cell, SequencesLesson.LAYERS, "2",
                SequencesLesson.HIDDEN, "8", SequencesLesson.WINDOW, "12"), Settings.DEFAULT_SEED).orElseThrow();
        try (SequencesSession session = LESSON.prepare(settings)) {
            session.startEpoch(1);
            for (int i = 0; i < 40; i++) {
                session.trainIteration();
            }
            for (int window : new int[]{0, 17, session.inspectableWindows() - 1}) {
                CellInterior interior = session.cellInterior(window);
                INDArray features = session.windows().dataSet(Part.VALIDATION,
                        LabelLayout.LAST_STEP).getFeatures()
                        .get(NDArrayIndex.interval(window, window + 1), NDArrayIndex.all(), NDArrayIndex.all());
                List<INDArray> activations = session.network().feedForward(features, false);
                INDArray dl4j = activations.get(1); // [1, units, steps]: the first recurrent layer
                double[][] hidden = interior.hidden();
                assertEquals(dl4j.size(1), hidden.length);
                assertEquals(dl4j.size(2), hidden[0].length);
                double worst = 0;
                for (int u = 0; u < hidden.length; u++) {
                    for (int t = 0; t < hidden[u].length; t++) {
                        worst = Math.max(worst, Math.abs(hidden[u][t] - dl4j.getDouble(0, u, t)));
                    }
                }
                assertTrue(worst < TOLERANCE, cell + " window " + window + ": largest difference " + worst);
                assertEquals("lstm".equals(cell), interior.gated());
            }
        }
    }

    @Test
    void gatesStayBetweenZeroAndOneAndTheCellStateFollowsItsRule() throws Exception {
        Settings settings = LESSON.validate(Map.of(SequencesLesson.CELL, "lstm", SequencesLesson.HIDDEN, "6"),
                Settings.DEFAULT_SEED).orElseThrow();
        try (SequencesSession session = LESSON.prepare(settings)) {
            session.startEpoch(1);
            for (int i = 0; i < 20; i++) {
                session.trainIteration();
            }
            CellInterior interior = session.cellInterior(3);
            double[][] i = interior.inputGate();
            double[][] f = interior.forget();
            double[][] o = interior.output();
            double[][] g = interior.candidate();
            double[][] c = interior.state();
            double[][] h = interior.hidden();
            for (int u = 0; u < interior.units(); u++) {
                for (int t = 0; t < interior.steps(); t++) {
                    for (double gate : new double[]{i[u][t], f[u][t], o[u][t]}) {
                        assertTrue(gate >= 0 && gate <= 1, "gate " + gate);
                    }
                    double previous = t == 0 ? 0 : c[u][t - 1];
                    assertEquals(f[u][t] * previous + i[u][t] * g[u][t], c[u][t], 1e-9);
                    assertEquals(o[u][t] * Math.tanh(c[u][t]), h[u][t], 1e-9);
                }
            }
            // The last column of h is what the LastTimeStep layer hands to the output.
            INDArray last = session.network().feedForward(session.windows().dataSet(
                    Part.VALIDATION,
                    LabelLayout.LAST_STEP).getFeatures()
                    .get(NDArrayIndex.interval(3, 4), NDArrayIndex.all(), NDArrayIndex.all()), false).get(1);
            for (int u = 0; u < interior.units(); u++) {
                assertEquals(last.getDouble(0, u), h[u][interior.steps() - 1], TOLERANCE);
            }
        }
    }
}
