package dev.workbench.lessons.gan;

import dev.workbench.lessons.engine.NativeSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What differentiable augmentation does to a discriminator on a small training set, on real networks. */
class GanAugmentationTest {
    private static final Logger LOG = LoggerFactory.getLogger(GanAugmentationTest.class);
    private static final int STEPS = 400;
    private static final int REPORT_EVERY = 100;

    @BeforeAll
    static void threads() {
        NativeSetup.applyThreadPolicy();
    }

    @Test
    void augmentationKeepsTheDiscriminatorFromMemorisingASmallTrainingSet() throws Exception {
        double plain = overfittingGapAfterTraining("off");
        double augmented = overfittingGapAfterTraining("all");
        LOG.info("D overfitting gap after {} steps: {} without augmentation, {} with", STEPS, plain, augmented);
        assertTrue(plain > 0.05, "without augmentation D rates its training images above held-out ones: gap " + plain);
        assertTrue(augmented < plain / 2, "with augmentation the gap stays small: " + augmented + " vs " + plain);
    }

    private static double overfittingGapAfterTraining(String augment) throws Exception {
        Map<String, String> raw = new HashMap<>(Map.of("model", "image", "train-images", "64", "batch-size", "32",
                "augment", augment));
        try (GanSession session = GanTrainingTest.prepare(raw)) {
            long start = System.nanoTime();
            for (int i = 1; i <= STEPS; i++) {
                session.trainStep();
                if (i % REPORT_EVERY == 0) {
                    LOG.info("augment {}: step {}, gap {}, distance {} ({} s)", augment, i, session.overfittingGap(),
                            session.distance(), (System.nanoTime() - start) / 1e9);
                }
            }
            return session.overfittingGap();
        }
    }
}
