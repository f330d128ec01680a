package dev.workbench.lessons.sequences;

import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.ProbeSpec;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default lesson driven by the engine, as the app and the CLI drive it. */
class SequencesRunTest {
    @Test
    void anEngineRunReportsEveryDeclaredMetricAndProbeAndBeatsPersistence() throws Exception {
        SequencesLesson lesson = new SequencesLesson();
        Settings settings = lesson.validate(Map.of(SequencesLesson.EPOCHS, "1"), Settings.DEFAULT_SEED).orElseThrow();
        List<Map<String, Double>> epochs = new CopyOnWriteArrayList<>();
        Set<String> probes = ConcurrentHashMap.newKeySet();
        try (TrainingRun run = new TrainingRun(lesson, lesson.prepare(settings))) {
            run.addListener(event -> {
                if (event instanceof RunEvent.EpochMetrics metrics) {
                    epochs.add(metrics.values());
                } else if (event instanceof RunEvent.ProbeSample sample) {
                    probes.add(sample.probeId());
                }
            });
            run.start();
            assertTrue(run.awaitEnd(Duration.ofSeconds(180)), "one epoch within its budget");
            assertEquals(RunState.FINISHED, run.state());
        }
        assertEquals(1, epochs.size());
        Map<String, Double> values = epochs.get(0);
        for (MetricSpec spec : lesson.metrics().specs()) {
            if (!spec.perIteration()) {
                assertTrue(values.containsKey(spec.id()) && Double.isFinite(values.get(spec.id())), spec.id() + " in " + values);
            }
        }
        assertTrue(values.get(SequencesLesson.VALIDATION_MAE) < values.get(SequencesLesson.PERSISTENCE_MAE), values.toString());
        assertEquals(lesson.probes().stream().map(ProbeSpec::id).collect(java.util.stream.Collectors.toSet()), probes);
    }
}
