package dev.workbench.lessons.gan;

import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GAN training scheme on real DL4J networks: who changes when, and what the generator learns. */
class GanTrainingTest {
    private static final Logger LOG = LoggerFactory.getLogger(GanTrainingTest.class);
    private static final GanLesson LESSON = new GanLesson();

    /** One ND4J thread, as a training run uses: with two OpenMP threads on two busy cores a 2-D step took 200 ms, not 10. */
    @BeforeAll
    static void threads() {
        NativeSetup.applyThreadPolicy();
    }

    static GanSession prepare(Map<String, String> raw) throws Exception {
        Settings settings = LESSON.validate(raw, Settings.DEFAULT_SEED).orElseThrow();
        return LESSON.prepare(settings);
    }

    private static float[] params(org.deeplearning4j.nn.multilayer.MultiLayerNetwork net) {
        return net.params().toFloatVector();
    }

    @Test
    void aGeneratorStepLeavesTheDiscriminatorBitIdentical() throws Exception {
        try (GanSession session = prepare(Map.of())) {
            for (int i = 0; i < 5; i++) {
                session.trainStep();
            }
            float[] dBefore = params(session.discriminator());
            float[] gBefore = params(session.generator());
            session.runSubStep(GanSession.STEP_G);
            assertArrayEquals(dBefore, params(session.discriminator()), 0f, "D's parameters are untouched by a G step");
            assertFalse(Arrays.equals(gBefore, params(session.generator())), "G learned");
        }
    }

    @Test
    void theTwoDimensionalNetworksRunTheirSpeedUps() throws Exception {
        try (GanSession session = prepare(Map.of())) {
            for (int i = 0; i < 3; i++) {
                session.trainStep();
            }
            for (var net : List.of(session.generator(), session.discriminator())) {
                long[] passes = dev.workbench.lessons.kit.FastDense.passes(net.getLayer(1));
                assertTrue(passes[0] > 0 && passes[1] > 0, "the 64 x 64 layers ran on direct BLAS calls (FastDenseTest): "
                        + Arrays.toString(passes));
                assertTrue(dev.workbench.lessons.kit.OwnGradientUpdates.ownGradientUpdates(net) >= 3,
                        "the updater took the network's own gradient (OwnGradientUpdatesTest)");
            }
        }
    }

    @Test
    void aDiscriminatorStepLeavesTheGeneratorBitIdentical() throws Exception {
        try (GanSession session = prepare(Map.of())) {
            float[] dBefore = params(session.discriminator());
            float[] gBefore = params(session.generator());
            session.runSubStep(GanSession.STEP_D);
            assertArrayEquals(gBefore, params(session.generator()), 0f, "G's parameters are untouched by a D step");
            assertFalse(Arrays.equals(dBefore, params(session.discriminator())), "D learned");
        }
    }

    @Test
    void theGeneratedRingReachesTheTargetRadiusAndTheDistanceFalls() throws Exception {
        try (GanSession session = prepare(Map.of())) {
            double distanceBefore = session.distance();
            int steps = 2000;
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                session.trainStep();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            float[][] samples = session.generate(1000, 7);
            double[] radius = Arrays.stream(samples).mapToDouble(p -> Math.hypot(p[0], p[1])).toArray();
            double mean = Arrays.stream(radius).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(radius).map(r -> (r - mean) * (r - mean)).average().orElseThrow());
            double distanceAfter = session.distance();
            LOG.info("2-D ring: {} steps in {} s ({} steps/s); radius {} +- {}; energy distance {} -> {}", steps,
                    seconds, steps / seconds, mean, sd, distanceBefore, distanceAfter);
            assertEquals(2.0, mean, 0.2, "mean radius of generated samples");
            assertTrue(sd < 0.25, "samples lie near the ring, not spread over the plane: sd " + sd);
            assertTrue(distanceAfter < distanceBefore / 4, "distance " + distanceBefore + " -> " + distanceAfter);
        }
    }

    @Test
    void theImageGanLearnsVariedSamplesThatMoveAwayFromItsFirstOnes() throws Exception {
        try (GanSession session = prepare(Map.of("model", "image"))) {
            float[][] first = images(session);
            double diversityBefore = session.diversity();
            double distanceBefore = session.distance();
            int steps = 400;
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                session.trainStep();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            float[][] last = images(session);
            double change = 0;
            for (int i = 0; i < first.length; i++) {
                for (int p = 0; p < first[i].length; p++) {
                    change += Math.abs(first[i][p] - last[i][p]);
                }
            }
            change /= first.length * first[0].length;
            double diversity = session.diversity();
            double distance = session.distance();
            LOG.info("image GAN (trouser): {} steps in {} s ({} steps/s); mean pixel change {}; diversity {} -> {}; "
                    + "energy distance {} -> {}", steps, seconds, steps / seconds, change, diversityBefore, diversity,
                    distanceBefore, distance);
            for (var net : List.of(session.generator(), session.discriminator())) {
                assertTrue(dev.workbench.lessons.kit.DenseForwardCache.reuses(net.getLayer(1)) > 0,
                        "the 256 x 512 layers reuse their forward sums in backprop (DenseForwardCacheTest)");
            }
            assertTrue(change > 0.1, "samples from the same noise changed: mean |difference| " + change);
            assertTrue(diversity > 0.1 && diversity > 2 * diversityBefore,
                    "samples differ from each other: diversity " + diversityBefore + " -> " + diversity);
            assertTrue(distance < distanceBefore / 2, "distance " + distanceBefore + " -> " + distance);
        }
    }

    private static float[][] images(GanSession session) {
        ProbeRecord.Images images = (ProbeRecord.Images) session.probe(GanLesson.IMAGE_SAMPLES).orElseThrow();
        assertEquals(GanSession.IMAGE_GRID, images.pixels().size());
        return images.pixels().toArray(new float[0][]);
    }
}
