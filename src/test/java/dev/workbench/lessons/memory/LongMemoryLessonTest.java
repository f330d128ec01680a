package dev.workbench.lessons.memory;

import dev.workbench.lessons.kit.FastLstm;
import dev.workbench.lessons.kit.FastSimpleRnn;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.insight.CellInterior;
import dev.workbench.lessons.insight.MemoryHorizon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongMemoryLessonTest {
    private static final LongMemoryLesson LESSON = new LongMemoryLesson();

    @BeforeAll
    static void threads() {
        NativeSetup.applyThreadPolicy();
    }

    private static Settings settings(Map<String, String> raw) {
        return LESSON.validate(raw, Settings.DEFAULT_SEED).orElseThrow();
    }

    private static double trainedAccuracy(String cell, int lag, int steps) throws Exception {
        try (LongMemorySession session = LESSON.prepare(settings(Map.of(LongMemoryLesson.CELL, cell,
                LongMemoryLesson.LAG, String.valueOf(lag), LongMemoryLesson.STEPS, String.valueOf(steps))))) {
            for (int i = 0; i < steps; i++) {
                session.trainIteration();
            }
            if (cell.equals("lstm")) {
                assertTrue(FastLstm.passes(session.network().getLayer(0)).fusedBackwards() > 0,
                        "the 32-unit LSTM trains in libnd4j's fused op");
            } else {
                assertTrue(FastSimpleRnn.passes(session.network().getLayer(0))[1] > 0, "the SimpleRnn trains on the fast path");
            }
            return session.testMeasurements().stream().filter(m -> m.label().startsWith("Test accuracy"))
                    .mapToDouble(Measurement::value).findFirst().orElseThrow();
        }
    }

    @Test
    void onlyTheFirstStepHoldsTheAnswer() {
        DataSet data = new RecallTask(5).sample(64, new Random(1));
        assertEquals(6, data.getFeatures().size(2));
        for (int s = 0; s < 64; s++) {
            int answer = data.getLabels().getRow(s).argMax().getInt(0);
            assertEquals(1.0, data.getFeatures().getDouble(s, answer, 0));
            for (int t = 1; t < 6; t++) {
                for (int symbol = 0; symbol < RecallTask.SYMBOLS; symbol++) {
                    assertEquals(0.0, data.getFeatures().getDouble(s, symbol, t), "a symbol to recall after step 0");
                }
            }
        }
    }

    /**
     * The lesson's comparison in small: at the default lag the LSTM learns to recall the first symbol
     * while the plain RNN, with the same budget, stays near chance (25 %). Measured numbers in
     * docs/benchmarks.md.
     */
    @Test
    void lstmRemembersWhereThePlainRnnForgets() throws Exception {
        double lstm = trainedAccuracy("lstm", CONTRAST_LAG, CONTRAST_STEPS);
        double rnn = trainedAccuracy("rnn", CONTRAST_LAG, CONTRAST_STEPS);
        assertTrue(lstm > 0.9, "LSTM test accuracy " + lstm);
        assertTrue(rnn < 0.4, "plain RNN test accuracy " + rnn + " (chance 0.25)");
    }

    static final int CONTRAST_LAG = LongMemoryLesson.DEFAULT_LAG;
    static final int CONTRAST_STEPS = 150;

    @Test
    void memoryHorizonAndCellInteriorCoverTheWholeSequence() throws Exception {
        try (LongMemorySession session = LESSON.prepare(settings(Map.of(LongMemoryLesson.LAG, "12",
                LongMemoryLesson.HIDDEN, "8")))) {
            ProbeRecord.Bars initial = session.initialMemoryHorizon();
            assertEquals(13, initial.values().length);
            session.trainIteration();
            ProbeRecord record = session.probe(MemoryHorizon.PROBE_ID).orElseThrow();
            assertEquals(13, ((ProbeRecord.Bars) record).values().length);
            CellInterior interior = session.cellInterior(5);
            assertTrue(interior.gated());
            assertEquals(8, interior.units());
            assertEquals(13, interior.steps());
            assertEquals(RecallTask.FEATURES, interior.input().length);
            assertFalse(session.probe("no-such-probe").isPresent());
        }
    }
}
