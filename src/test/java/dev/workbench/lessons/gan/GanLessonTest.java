package dev.workbench.lessons.gan;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.ProbeSpec;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.StepResult;
import dev.workbench.lessons.engine.Validation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.workbench.lessons.engine.Checkpoints;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GAN lesson's declarations, probes, sub-steps, settings checks and the pieces of its training scheme. */
class GanLessonTest {
    private static final GanLesson LESSON = new GanLesson();

    @BeforeAll
    static void threads() {
        NativeSetup.applyThreadPolicy();
    }

    @Test
    void theLessonIsInTheCatalogWithTwoOptimizerBlocksAndItsOwnMetrics() {
        assertTrue(LessonCatalog.find(GanLesson.ID).isPresent());
        List<String> names = LESSON.parameters().stream().map(p -> p.name()).toList();
        assertTrue(names.containsAll(List.of("g-optimizer", "g-learning-rate", "d-optimizer", "d-learning-rate", "d-steps")), names.toString());
        Metrics metrics = LESSON.metrics();
        assertEquals(Metrics.LOSS.id(), metrics.loss().id());
        assertTrue(metrics.loss().label().startsWith("D loss"), metrics.loss().label());
        assertEquals(GanLesson.DISTANCE, metrics.ranking().id());
        assertEquals(List.of(GanLesson.GAN_LOSS_CHART, GanLesson.D_OUTPUT_CHART, GanLesson.DIVERSITY_CHART,
                GanLesson.D_OVERFITTING_CHART, GanLesson.DISTANCE_CHART), metrics.charts());
        assertTrue(LESSON.metrics(LESSON.validate(Map.of(), 1).orElseThrow()).find(GanLesson.D_OVERFITTING).isEmpty(),
                "the 2-D model has no held-out images to measure D's overfitting on");
        assertTrue(LESSON.metrics(LESSON.validate(Map.of("model", "image"), 1).orElseThrow())
                .find(GanLesson.D_OVERFITTING).isPresent());
        assertEquals(List.of("mode-collapse", "d-too-strong", "loss-type", "learning-rates", "d-augmentation"),
                LESSON.comparisons().stream().map(c -> c.id()).toList());
        // Every comparison's lanes are valid settings.
        LESSON.comparisons().forEach(c -> c.lanes().forEach(lane -> {
            Map<String, String> raw = new java.util.HashMap<>(c.overrides());
            raw.putAll(lane.overrides());
            assertTrue(LESSON.validate(raw, 1).isValid(), c.id() + " / " + lane.label() + ": " + LESSON.validate(raw, 1).errors());
        }));
    }

    @Test
    void invalidSettingsAreRefused() throws Exception {
        Validation bad = LESSON.validate(Map.of("noise-dim", "9", "loss", "wasserstein", "d-steps", "0",
                "g-learning-rate", "5"), 1);
        assertEquals(List.of("noise-dim", "loss", "d-steps", "g-learning-rate"), List.copyOf(bad.errors().keySet()));
        assertRefused(Map.of("augment", "all"), "augmentation is for images");
        assertRefused(Map.of("target", "drawn", "points", "0,0 1,1 2,2"), "at least 10 points");
        assertRefused(Map.of("target", "drawn", "points", "0,0 1;1"), "x,y");
        assertRefused(Map.of("model", "image", "train-images", "32", "batch-size", "64"), "larger than the training set");
    }

    private static void assertRefused(Map<String, String> raw, String expected) {
        Settings settings = LESSON.validate(raw, 1).orElseThrow();
        LessonException e = assertThrows(LessonException.class, () -> LESSON.prepare(settings).close());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void drawnPointsBecomeTheTarget() throws Exception {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            points.append(i * 0.1).append(",").append(1 - i * 0.1).append(' ');
        }
        try (GanSession session = LESSON.prepare(LESSON.validate(Map.of("target", "drawn", "points", points.toString()), 1)
                .orElseThrow())) {
            ProbeRecord.Points samples = (ProbeRecord.Points) session.probe(GanLesson.SAMPLES).orElseThrow();
            double[] x = samples.x();
            int[] group = samples.group();
            for (int i = 0; i < x.length; i++) {
                if (group[i] == 0) {
                    assertTrue(x[i] > -0.4 && x[i] < 1.5, "real samples lie around the drawn points: " + x[i]);
                }
            }
        }
    }

    @Test
    void subStepsUpdateOnlyTheirNetworkAndReportTheirValues() throws Exception {
        try (GanSession session = LESSON.prepare(LESSON.validate(Map.of(), 1).orElseThrow())) {
            assertEquals(List.of(GanSession.STEP_D, GanSession.STEP_G), session.subSteps().stream().map(s -> s.id()).toList());
            assertEquals(List.of("d", "g"), session.subSteps().stream().map(s -> s.key()).toList());
            float[] g0 = session.generator().params().toFloatVector();
            float[] d0 = session.discriminator().params().toFloatVector();
            StepResult d = session.runSubStep(GanSession.STEP_D);
            assertArrayEquals(g0, session.generator().params().toFloatVector(), 0f);
            float[] d1 = session.discriminator().params().toFloatVector();
            assertFalse(Arrays.equals(d0, d1));
            assertTrue(Double.isFinite(d.loss()) && d.values().keySet().equals(java.util.Set.of(GanLesson.D_REAL, GanLesson.D_FAKE)));
            StepResult g = session.runSubStep(GanSession.STEP_G);
            assertArrayEquals(d1, session.discriminator().params().toFloatVector(), 0f);
            assertFalse(Arrays.equals(g0, session.generator().params().toFloatVector()));
            assertEquals(d.loss(), g.loss(), 0.0, "D did not change, so the run's loss (D's) stays");
            assertTrue(g.values().containsKey(GanLesson.G_LOSS));
            StepResult both = session.trainStep();
            assertEquals(java.util.Set.of(GanLesson.G_LOSS, GanLesson.D_REAL, GanLesson.D_FAKE), both.values().keySet());
            assertThrows(IllegalArgumentException.class, () -> session.runSubStep("step-x"));
        }
    }

    @Test
    void everyLossTypeAndKTrainsWithFiniteValues() throws Exception {
        for (String loss : GanLoss.cliNames()) {
            try (GanSession session = LESSON.prepare(LESSON.validate(Map.of("loss", loss, "d-steps", "3",
                    "label-smoothing", "true"), 1).orElseThrow())) {
                float[] d0 = session.discriminator().params().toFloatVector();
                for (int i = 0; i < 20; i++) {
                    StepResult step = session.trainStep();
                    assertTrue(step.all().values().stream().allMatch(Double::isFinite), loss + ": " + step);
                }
                assertFalse(Arrays.equals(d0, session.discriminator().params().toFloatVector()));
                assertEquals(64 * 3, session.samplesPerIteration());
            }
        }
    }

    @Test
    void the2dProbesAreWellFormed() throws Exception {
        try (GanSession session = LESSON.prepare(LESSON.validate(Map.of("noise-dim", "4"), 1).orElseThrow())) {
            session.trainStep();
            for (ProbeSpec spec : LESSON.probes()) {
                Optional<ProbeRecord> record = session.probe(spec.id());
                boolean imageOnly = List.of(GanLesson.IMAGE_SAMPLES, GanLesson.INTERPOLATION, GanLesson.D_VIEW).contains(spec.id());
                assertEquals(!imageOnly, record.isPresent(), spec.id());
                record.ifPresent(r -> assertEquals(spec.kind(), r.kind(), spec.id()));
            }
            ProbeRecord.Grid map = (ProbeRecord.Grid) session.probe(GanLesson.DISCRIMINATOR_MAP).orElseThrow();
            assertEquals(GanSession.MAP_RESOLUTION * GanSession.MAP_RESOLUTION, map.values().length);
            assertTrue(map.xMin() < -2 && map.xMax() > 2 && map.yMin() < -2 && map.yMax() > 2, "the box holds the ring");
            assertTrue(Arrays.stream(map.values()).allMatch(v -> v >= 0 && v <= 1), "D(x) is a probability");
            ProbeRecord.Points samples = (ProbeRecord.Points) session.probe(GanLesson.SAMPLES).orElseThrow();
            assertEquals(List.of("real", "generated"), samples.groups());
            assertEquals(2 * GanSession.PLOTTED_SAMPLES, samples.x().length);
            ProbeRecord.Points mesh = (ProbeRecord.Points) session.probe(GanLesson.MANIFOLD).orElseThrow();
            assertEquals(GanSession.MESH * GanSession.MESH, mesh.x().length);
            assertEquals(GanSession.MESH, mesh.groups().size());
            ProbeRecord.Points arrows = (ProbeRecord.Points) session.probe(GanLesson.G_GRADIENTS).orElseThrow();
            assertEquals(List.of("sample", "push"), arrows.groups());
            assertEquals(2 * GanSession.ARROWS, arrows.x().length);
            int[] group = arrows.group();
            for (int i = 0; i < group.length; i++) {
                assertEquals(i % 2, group[i], "points alternate sample, push");
            }
            float[] d = session.discriminator().params().toFloatVector();
            float[] g = session.generator().params().toFloatVector();
            session.probe(GanLesson.G_GRADIENTS);
            assertArrayEquals(d, session.discriminator().params().toFloatVector(), 0f, "probing changes nothing");
            assertArrayEquals(g, session.generator().params().toFloatVector(), 0f, "probing changes nothing");
        }
    }

    @Test
    void theImageProbesAndEvaluationAreWellFormed() throws Exception {
        try (GanSession session = LESSON.prepare(LESSON.validate(Map.of("model", "image", "garment", "sneaker",
                "train-images", "500", "augment", "all"), 1).orElseThrow())) {
            session.trainStep();
            ProbeRecord.Images images = (ProbeRecord.Images) session.probe(GanLesson.IMAGE_SAMPLES).orElseThrow();
            assertEquals(GanSession.IMAGE_GRID, images.pixels().size());
            assertEquals(28, images.width());
            assertTrue(images.pixels().stream().allMatch(p -> {
                for (float v : p) {
                    if (!(v >= 0 && v <= 1)) {
                        return false;
                    }
                }
                return true;
            }), "pixels in [0, 1]");
            ProbeRecord.Images path = (ProbeRecord.Images) session.probe(GanLesson.INTERPOLATION).orElseThrow();
            assertEquals(GanSession.INTERPOLATION_STEPS, path.pixels().size());
            assertTrue(session.probe(GanLesson.DISCRIMINATOR_MAP).isEmpty());
            var evaluation = session.evaluate();
            assertTrue(evaluation.value(GanLesson.DISTANCE) > 0 && evaluation.value(GanLesson.DIVERSITY) >= 0);
            double gap = evaluation.value(GanLesson.D_OVERFITTING);
            assertTrue(Math.abs(gap) < 1, "D's outputs are in [0, 1], so their difference is in (-1, 1): " + gap);
            // generate() works from the in-memory generator: same noise seed, same samples.
            assertArrayEquals(session.generate(4, 99)[3], session.generate(4, 99)[3], 0f);
        }
    }

    @Test
    void whatDSeesIsDeclaredOnlyWithAugmentationAndShowsAugmentedRealAndGeneratedImages() throws Exception {
        Settings off = LESSON.validate(Map.of("model", "image", "train-images", "500"), 1).orElseThrow();
        assertFalse(probeIds(off).contains(GanLesson.D_VIEW), "without augmentation D sees the images as they are");
        assertFalse(probeIds(LESSON.validate(Map.of(), 1).orElseThrow()).contains(GanLesson.D_VIEW), "the 2-D model");
        try (GanSession session = LESSON.prepare(off)) {
            assertTrue(session.probe(GanLesson.D_VIEW).isEmpty());
        }
        Settings all = LESSON.validate(Map.of("model", "image", "train-images", "500", "augment", "all"), 1).orElseThrow();
        assertTrue(probeIds(all).contains(GanLesson.D_VIEW));
        try (GanSession session = LESSON.prepare(all)) {
            session.trainStep();
            ProbeRecord.Images view = (ProbeRecord.Images) session.probe(GanLesson.D_VIEW).orElseThrow();
            int n = GanSession.D_VIEW_IMAGES;
            assertEquals(2 * n, view.pixels().size());
            assertEquals(n, view.columns(), "one row of real images over one row of generated ones");
            assertEquals(java.util.Collections.nCopies(n, "real"), view.captions().subList(0, n));
            assertEquals(java.util.Collections.nCopies(n, "generated"), view.captions().subList(n, 2 * n));
            float[][] plain = session.realReference(n);
            int changed = 0;
            for (int i = 0; i < n; i++) {
                if (!Arrays.equals(plain[i], view.pixels().get(i))) {
                    changed++;
                }
                for (float v : view.pixels().get(i)) {
                    assertTrue(v >= 0 && v <= 1, "pixels in [0, 1] for display");
                }
            }
            assertEquals(n, changed, "every real image D sees is augmented");
            float[] g = session.generator().params().toFloatVector();
            ProbeRecord.Images again = (ProbeRecord.Images) session.probe(GanLesson.D_VIEW).orElseThrow();
            assertArrayEquals(view.pixels().get(0), again.pixels().get(0), 0f, "the same transforms on every call");
            assertArrayEquals(g, session.generator().params().toFloatVector(), 0f, "probing changes nothing");
        }
    }

    private static List<String> probeIds(Settings settings) {
        return LESSON.probes(settings).stream().map(ProbeSpec::id).toList();
    }

    @Test
    void augmentationsBackwardIsTheTransposeOfItsForward() {
        DiffAugment augment = new DiffAugment(DiffAugment.Policy.ALL, 28, 28, 5);
        INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 6, 784);
        INDArray g = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 6, 784);
        DiffAugment.Draw draw = augment.draw(6);
        // brightness adds a constant b per image: forward(x) = A x + b, so <A x, g> = <forward(x) - forward(0), g>.
        INDArray ax = draw.forward(x).sub(draw.forward(Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 6, 784)));
        double left = ax.mul(g).sumNumber().doubleValue();
        double right = x.mul(draw.backward(g)).sumNumber().doubleValue();
        assertEquals(left, right, 1e-3 * Math.abs(left));
        assertTrue(draw.forward(x).sub(x).norm2Number().doubleValue() > 1, "the images did change");
    }

    @Test
    void theDivergenceRuleStopsOnNaNAndOnADiscriminatorThatWon() {
        GanDivergenceRule rule = new GanDivergenceRule();
        assertTrue(rule.check(new StepResult(0.7, Map.of(GanLesson.G_LOSS, Double.NaN))).isPresent());
        GanDivergenceRule won = new GanDivergenceRule();
        assertTrue(won.check(new StepResult(5.0, Map.of(GanLesson.G_LOSS, 40.0))).isEmpty(), "a high loss is no alarm");
        Optional<String> problem = Optional.empty();
        for (int i = 0; i < GanDivergenceRule.WON_PATIENCE && problem.isEmpty(); i++) {
            problem = won.check(new StepResult(1e-4, Map.of(GanLesson.G_LOSS, 9.0)));
        }
        assertTrue(problem.orElseThrow().contains("discriminator won"));
    }

    @Test
    void aCheckpointRoundTripGivesIdenticalSamplesForAFixedNoiseBatch(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gan.dlwb.zip");
        float[][] before;
        try (GanSession session = LESSON.prepare(LESSON.validate(Map.of(), 1).orElseThrow())) {
            for (int i = 0; i < 5; i++) {
                session.trainStep();
            }
            session.saveCheckpoint(file);
            before = session.generate(16, 3);
        }
        Checkpoints.Checkpoint checkpoint = Checkpoints.load(file);
        assertEquals(List.of("generator", "discriminator"), List.copyOf(checkpoint.networks().keySet()));
        try (GanSession restored = LESSON.restore(checkpoint)) {
            float[][] after = restored.generate(16, 3);
            for (int i = 0; i < before.length; i++) {
                assertArrayEquals(before[i], after[i], "sample " + i);
            }
        }
    }

}
