package dev.workbench.lessons.resnet;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.ProbeSpec;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.Validation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trains real deep plain and residual graphs briefly and checks what the lesson reports about them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResNetLessonTest {
    private static final Logger LOG = LoggerFactory.getLogger(ResNetLessonTest.class);
    /** The contrast runs: 40 ReLU layers with Xavier weights (too small for ReLU: each layer halves the signal). */
    private static final Map<String, String> DEEP = Map.of("depth", "40", "dataset", "circles", "activation", "relu",
            "weight-init", "xavier");
    private static final int CONTRAST_ITERATIONS = 200;
    private static final double LOG_2 = Math.log(2);

    private final ResNetLesson lesson = new ResNetLesson();
    private Trained plain;
    private Trained residual;

    /** A session after some updates, with its full-training-set loss before and after, and its last gradient ratios. */
    private record Trained(ResNetSession session, double lossBefore, double lossAfter, double medianRatio) {
    }

    @BeforeAll
    void trainBothTwins() throws Exception {
        NativeSetup.applyThreadPolicy();
        plain = train(with(DEEP, "variant", "plain"), CONTRAST_ITERATIONS);
        residual = train(with(DEEP, "variant", "residual"), CONTRAST_ITERATIONS);
        LOG.info("depth 40 after {} updates: plain loss {} -> {}, ratio {}; residual loss {} -> {}, ratio {}",
                CONTRAST_ITERATIONS, plain.lossBefore(), plain.lossAfter(), plain.medianRatio(),
                residual.lossBefore(), residual.lossAfter(), residual.medianRatio());
    }

    private Trained train(Map<String, String> raw, int iterations) throws Exception {
        ResNetSession session = lesson.prepare(settings(raw));
        double before = session.score(session.data().trainEval()).loss();
        double[] ratios = new double[Math.min(20, iterations)];
        for (int i = 0; i < iterations; i++) {
            double ratio = session.trainStep().value(ResNetLesson.GRAD_RATIO);
            if (i >= iterations - ratios.length) {
                ratios[i - (iterations - ratios.length)] = ratio;
            }
        }
        Arrays.sort(ratios);
        return new Trained(session, before, session.score(session.data().trainEval()).loss(), ratios[ratios.length / 2]);
    }

    private Settings settings(Map<String, String> raw) {
        return lesson.validate(raw, Settings.DEFAULT_SEED).orElseThrow();
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    @Test
    void theResidualCnnKeepsItsForwardPassForBackprop() {
        Settings settings = new ResNetLesson().validate(Map.of("model", "cnn"), 1).orElseThrow();
        var graph = ResNetNetworks.cnn(ResNetSettings.from(settings), 10);
        assertEquals(org.deeplearning4j.nn.conf.CacheMode.DEVICE, graph.getConfiguration().getCacheMode(),
                "about 10% faster, same numbers (ForwardPassCacheTest)");
    }

    @Test
    void theResidualCnnPoolsBackwardInJava() throws Exception {
        Settings settings = new ResNetLesson().validate(Map.of("model", "cnn", "train-images", "200"), 1).orElseThrow();
        ResNetSession session = new ResNetLesson().prepare(settings);
        try {
            assertTrue(dev.workbench.lessons.kit.FastPooling.isInstalled(session.graph().getLayer("pool")),
                    "about 30% faster, same outputs and gradients (FastPoolingTest)");
        } finally {
            session.close();
        }
    }

    @Test
    void theDeepMlpRunsItsSpeedUps() throws Exception {
        Settings settings = new ResNetLesson().validate(Map.of("epochs", "1"), 1).orElseThrow();
        ResNetSession session = new ResNetLesson().prepare(settings);
        try {
            session.trainStep();
            long[] passes = dev.workbench.lessons.kit.FastDense.passes(session.graph().getLayer(ResNetNetworks.STEM));
            assertTrue(passes[0] > 0 && passes[1] > 0, "the dense layers ran on direct BLAS calls (FastDenseTest): "
                    + java.util.Arrays.toString(passes));
            assertEquals(1, dev.workbench.lessons.kit.OwnGradientUpdates.ownGradientUpdates(session.graph()),
                    "the updater took the graph's own gradient (OwnGradientUpdatesTest)");
        } finally {
            session.close();
        }
    }

    @Test
    void deepPlainNetworkStallsWhileResidualTwinLearns() {
        assertEquals(LOG_2, plain.lossAfter(), 0.02, "the plain net still guesses: loss stays at log 2");
        assertTrue(residual.lossAfter() < 0.25, "residual training loss " + residual.lossAfter());
        assertTrue(residual.lossAfter() < residual.lossBefore() / 4, "residual loss falls from " + residual.lossBefore());
        assertTrue(residual.session().evaluate().value("validation-accuracy") > 0.9);
    }

    @Test
    void firstLayerGetsOrdersOfMagnitudeLessGradientWithoutSkips() {
        assertTrue(plain.medianRatio() < 1e-4, "plain first/last gradient ratio " + plain.medianRatio());
        assertTrue(residual.medianRatio() > 1e-2, "residual first/last gradient ratio " + residual.medianRatio());
        assertTrue(plain.medianRatio() < residual.medianRatio() * 1e-3);
        double[] norms = residual.session().gradientNorms().orElseThrow();
        assertTrue(norms[1] > norms[norms.length - 2] * 1e-2,
                "with skips the first hidden layer gets gradient comparable to the last: " + Arrays.toString(norms));
    }

    @Test
    void probesReturnWellFormedRecords() {
        ResNetSession session = residual.session();
        int layers = 40 + 2;
        assertEquals(layers, session.weightLayers().size());
        assertEquals(ResNetNetworks.STEM, session.weightLayers().get(0));
        assertEquals(ResNetNetworks.OUTPUT, session.weightLayers().get(layers - 1));

        var bars = assertInstanceOf(ProbeRecord.Bars.class, session.probe(ResNetLesson.GRADIENT_NORMS).orElseThrow());
        assertEquals(session.weightLayers(), bars.labels());
        assertTrue(bars.logScale());
        assertTrue(Arrays.stream(bars.values()).allMatch(v -> Double.isFinite(v) && v >= 0), Arrays.toString(bars.values()));

        var row = assertInstanceOf(ProbeRecord.HeatRow.class, session.probe(ResNetLesson.GRADIENT_HISTORY).orElseThrow());
        assertArrayEquals(bars.values(), row.values());
        assertEquals(bars.labels(), row.rows());

        var grid = assertInstanceOf(ProbeRecord.Grid.class, session.probe(ResNetLesson.DECISION_BOUNDARY).orElseThrow());
        assertEquals(ResNetSession.GRID_SIDE, grid.columns());
        assertEquals(ResNetSession.GRID_SIDE, grid.rows());
        assertTrue(grid.xMin() < -1 && grid.xMax() > 1 && grid.yMin() < -1 && grid.yMax() > 1, "the box holds the circles");
        assertTrue(Arrays.stream(grid.values()).allMatch(p -> p >= 0 && p <= 1));
        // the trained net tells the inner circle (class 1) from the outer one: P(class 1) high at the centre
        double centre = grid.values()[(ResNetSession.GRID_SIDE / 2) * ResNetSession.GRID_SIDE + ResNetSession.GRID_SIDE / 2];
        assertTrue(centre > 0.5, "P(class 1) at the centre " + centre);

        var points = assertInstanceOf(ProbeRecord.Points.class, session.probe(ResNetLesson.POINTS_PROBE).orElseThrow());
        assertEquals(200, points.x().length);
        assertEquals(List.of("class 0", "class 1"), points.groups());
        assertTrue(Arrays.stream(points.group()).allMatch(g -> g == 0 || g == 1));

        for (ProbeSpec spec : lesson.probes()) {
            assertTrue(session.probe(spec.id()).isPresent(), spec.id());
            assertEquals(spec.kind(), session.probe(spec.id()).orElseThrow().kind(), spec.id());
        }
        assertTrue(session.probe("no-such-probe").isEmpty());
    }

    @Test
    void gradientProbesAreEmptyBeforeTheFirstUpdate() throws Exception {
        try (ResNetSession fresh = lesson.prepare(settings(Map.of("depth", "4")))) {
            assertTrue(fresh.probe(ResNetLesson.GRADIENT_NORMS).isEmpty());
            assertTrue(Double.isNaN(fresh.trainStep().value("grad-ratio")) == false);
            assertTrue(fresh.probe(ResNetLesson.GRADIENT_NORMS).isPresent());
        }
    }

    @Test
    void checkpointRoundTripGivesIdenticalOutputs(@TempDir Path dir) throws Exception {
        Trained small = train(Map.of("depth", "8", "variant", "residual+bn"), 20);
        Path file = dir.resolve("resnet" + Checkpoints.EXTENSION);
        small.session().saveCheckpoint(file);
        INDArray input = small.session().data().validationEval().get(0).getFeatures();
        float[] before = small.session().graph().outputSingle(false, input).ravel().toFloatVector();

        Checkpoints.Checkpoint checkpoint = Checkpoints.load(file);
        assertEquals(ResNetLesson.ID, checkpoint.lessonId());
        try (ResNetSession restored = lesson.restore(checkpoint)) {
            assertEquals(small.session().settings(), restored.settings());
            assertEquals(small.session().weightLayers(), restored.weightLayers());
            assertArrayEquals(before, restored.graph().outputSingle(false, input).ravel().toFloatVector(), 0f);
            assertTrue(Double.isFinite(restored.trainIteration()), "a restored session trains on");
        }
    }

    @Test
    void snapshotPutsTheParametersBack() throws Exception {
        try (ResNetSession session = lesson.prepare(settings(Map.of("depth", "4")))) {
            session.trainIteration();
            float[] kept = session.graph().params().toFloatVector();
            var snapshot = session.snapshot().orElseThrow();
            for (int i = 0; i < 5; i++) {
                session.trainIteration();
            }
            assertFalse(Arrays.equals(kept, session.graph().params().toFloatVector()));
            snapshot.restore();
            assertArrayEquals(kept, session.graph().params().toFloatVector(), 0f);
        }
    }

    @Test
    void invalidSettingsAreRefused() {
        Map<String, String> bad = Map.of("depth", "2", "variant", "highway", "activation", "softplus",
                "weight-init", "zeros", "clipping", "both", "clip-threshold", "0", "model", "rnn", "dataset", "moons");
        Validation validation = lesson.validate(bad, Settings.DEFAULT_SEED);
        assertFalse(validation.isValid());
        assertEquals(bad.keySet(), validation.errors().keySet());
        assertFalse(lesson.validate(Map.of("depth", "61"), 1).isValid());
        assertFalse(lesson.validate(Map.of("residual", "true"), 1).isValid(), "unknown settings are refused");
        assertTrue(lesson.validate(Map.of(), 1).isValid(), "the defaults are valid");

        ResNetSettings defaults = ResNetSettings.from(settings(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ResNetSettings(defaults.model(), defaults.dataset(),
                defaults.points(), defaults.noise(), 3, defaults.width(), defaults.variant(), defaults.activation(),
                defaults.init(), defaults.clipping(), defaults.clipThreshold(), defaults.optimizer(), defaults.batchSize(),
                defaults.epochs(), defaults.cnnEpochs(), defaults.cnnBlocks(), defaults.trainImages(), defaults.seed()));
    }

    @Test
    void everyComparisonLaneIsValidAndTheLessonIsInTheCatalog() {
        assertEquals(List.of("plain-vs-residual", "depth", "activation", "batch-norm", "init"),
                lesson.comparisons().stream().map(Comparison::id).toList());
        for (Comparison comparison : lesson.comparisons()) {
            for (Comparison.Lane lane : comparison.lanes()) {
                Map<String, String> raw = new HashMap<>(comparison.overrides());
                raw.putAll(lane.overrides());
                assertTrue(lesson.validate(raw, 1).isValid(), comparison.id() + " / " + lane.label());
            }
        }
        assertTrue(LessonCatalog.find(ResNetLesson.ID).isPresent());
        assertTrue(lesson.metrics().find(ResNetLesson.GRAD_RATIO).orElseThrow().perIteration());
        assertTrue(lesson.info().notesMarkdown().contains("1 + F'(x)"));
    }
}
