package dev.workbench.lessons.resnet;

import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lesson as a student meets it: the default run on the engine, and the residual CNN on images. */
class ResNetRunTest {
    private static final Logger LOG = LoggerFactory.getLogger(ResNetRunTest.class);
    private final ResNetLesson lesson = new ResNetLesson();

    @BeforeAll
    static void natives() {
        NativeSetup.configure();
    }

    @Test
    void defaultResidualRunLearnsTheSpiralsOnTheEngine() throws Exception {
        Settings settings = lesson.validate(Map.of("epochs", "16"), Settings.DEFAULT_SEED).orElseThrow();
        long start = System.nanoTime();
        try (TrainingRun run = new TrainingRun(lesson, lesson.prepare(settings))) {
            run.start();
            assertTrue(run.awaitEnd(Duration.ofMinutes(2)));
            assertEquals(RunState.FINISHED, run.state());
            double seconds = (System.nanoTime() - start) / 1e9;
            var epochs = run.history().epochs();
            double validation = epochs.get(epochs.size() - 1).value("validation-accuracy");
            LOG.info("default run, 16 epochs ({} updates): {} s, train loss per epoch {}, validation accuracy {}",
                    run.iteration(), String.format("%.1f", seconds),
                    epochs.stream().map(e -> String.format("%.3f", e.value("train-loss"))).toList(), validation);
            assertTrue(epochs.get(epochs.size() - 1).value("train-loss") < 0.6, "the epoch loss falls below log 2 = 0.69");
            assertTrue(validation > 0.7, "validation accuracy " + validation);
            assertTrue(run.history().iterations().stream().allMatch(i -> Double.isFinite(i.value("grad-ratio"))),
                    "every update reports its gradient ratio");
        }
    }

    @Test
    void residualCnnAndItsPlainTwinTrainOnFashionMnist() throws Exception {
        NativeSetup.applyThreadPolicy();
        for (String variant : new String[]{"residual", "plain"}) {
            Settings settings = lesson.validate(Map.of("model", "cnn", "variant", variant, "cnn-blocks", "1",
                    "train-images", "640"), Settings.DEFAULT_SEED).orElseThrow();
            try (ResNetSession session = lesson.prepare(settings)) {
                var layers = session.weightLayers();
                assertEquals(ResNetNetworks.STEM, layers.get(0));
                assertEquals(ResNetNetworks.OUTPUT, layers.get(layers.size() - 1));
                assertEquals(variant.equals("residual") ? 7 : 6, layers.size(), "stem, 2 blocks of 2 convs, "
                        + "the projection (residual only), output: " + layers);
                long start = System.nanoTime();
                double first = session.trainStep().loss();
                double last = first;
                for (int i = 0; i < 19; i++) {
                    var step = session.trainStep();
                    last = step.loss();
                    assertTrue(Double.isFinite(step.value("grad-ratio")));
                }
                LOG.info("cnn {}: 20 updates of 32 images in {} ms, loss {} -> {}", variant,
                        (System.nanoTime() - start) / 1_000_000, first, last);
                assertTrue(first > 1.8, "ten classes start near log 10 = 2.3: " + first);
                assertTrue(Double.isFinite(last));
                assertTrue(session.probe(ResNetLesson.DECISION_BOUNDARY).isEmpty(), "no plane to draw for images");
                assertTrue(session.probe(ResNetLesson.GRADIENT_NORMS).isPresent());
            }
        }
    }
}
