package dev.workbench.lessons.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivergenceDetectorTest {
    @Test
    void nanLossIsDivergence() {
        DivergenceDetector detector = new DivergenceDetector();
        assertFalse(detector.check(2.3).isPresent());
        assertTrue(detector.check(Double.NaN).orElseThrow().contains("NaN"));
    }

    @Test
    void oneSpikeIsNotDivergenceButASustainedExplosionIs() {
        DivergenceDetector detector = new DivergenceDetector();
        detector.check(2.3);
        assertFalse(detector.check(20).isPresent(), "a single spike is normal");
        assertFalse(detector.check(2.0).isPresent());
        for (int i = 0; i < DivergenceDetector.EXPLOSION_PATIENCE - 1; i++) {
            assertFalse(detector.check(20).isPresent());
        }
        assertTrue(detector.check(20).orElseThrow().contains("exploded"));
    }

    @Test
    void explanationNamesTheLikelyCause() {
        String message = DivergenceDetector.explain(12, "the loss became NaN", "learning rate 0.5 with sgd");
        assertTrue(message.contains("iteration 12"));
        assertTrue(message.contains("learning rate 0.5 with sgd"));
        assertTrue(message.contains("10 times smaller"));
    }
}
