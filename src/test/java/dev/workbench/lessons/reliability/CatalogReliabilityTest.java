package dev.workbench.lessons.reliability;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.engine.Validation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every lesson in the catalog promises, checked for each one automatically, so a new lesson
 * joins this suite by being registered: bad values for each of its parameters are refused before
 * anything is loaded; its own divergent example stops as diverged with no checkpoint-worthy model;
 * its checkpoint round-trips and a damaged copy is refused with a message, never a crash.
 */
class CatalogReliabilityTest {
    private static final Duration DIVERGENCE_BUDGET = Duration.ofSeconds(120);

    @TestFactory
    Stream<DynamicTest> badValuesForEveryParameterAreRefusedBeforeTraining() {
        return LessonCatalog.all().stream().map(lesson -> DynamicTest.dynamicTest(lesson.id(), () -> {
            int tried = 0;
            for (HyperParameter parameter : lesson.parameters()) {
                for (String bad : BadValues.of(parameter)) {
                    Validation validation = lesson.validate(Map.of(parameter.name(), bad), Settings.DEFAULT_SEED);
                    assertFalse(validation.isValid(), lesson.id() + " --" + parameter.name() + " '" + bad + "' was accepted");
                    String message = validation.errors().get(parameter.name());
                    assertTrue(message != null && !message.isBlank() && message.length() < 400,
                            lesson.id() + " --" + parameter.name() + ": " + message);
                    tried++;
                }
            }
            assertFalse(lesson.validate(Map.of("no-such-setting", "1"), 1).isValid());
            assertTrue(tried > 0, lesson.id() + " has parameters to check");
            assertTrue(lesson.validate(Map.of(), Settings.DEFAULT_SEED).isValid(), lesson.id() + " defaults are valid");
        }));
    }

    @TestFactory
    Stream<DynamicTest> aDivergentSettingIsCaughtAndExplained() {
        return LessonCatalog.all().stream().map(lesson -> DynamicTest.dynamicTest(lesson.id(), () -> {
            Map<String, String> divergent = lesson.divergentSettings();
            assertFalse(divergent.isEmpty(), lesson.id() + " must declare divergentSettings() for this suite");
            Settings settings = lesson.validate(divergent, Settings.DEFAULT_SEED).orElseThrow();
            List<String> failures = new CopyOnWriteArrayList<>();
            try (TrainingRun run = new TrainingRun(lesson, lesson.prepare(settings))) {
                run.addListener(event -> {
                    if (event instanceof RunEvent.RunFailed failed) {
                        failures.add(failed.kind() + ": " + failed.message());
                    }
                });
                run.start();
                assertTrue(run.awaitEnd(DIVERGENCE_BUDGET), lesson.id() + " ran past its budget");
                assertEquals(RunState.FAILED, run.state(), lesson.id() + " " + divergent + " was passed off as success");
                assertTrue(failures.get(0).startsWith("DIVERGED: Training diverged"), failures.get(0));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> aCheckpointRoundTripsAndADamagedCopyIsRefused(@TempDir Path dir) {
        return LessonCatalog.all().stream().map(lesson -> DynamicTest.dynamicTest(lesson.id(), () -> {
            Settings settings = lesson.validate(Map.of(), Settings.DEFAULT_SEED).orElseThrow();
            Path file = dir.resolve(lesson.id() + Checkpoints.EXTENSION);
            List<Measurement> before;
            try (LessonSession session = lesson.prepare(settings)) {
                before = session.testMeasurements();
                session.saveCheckpoint(file);
            }
            Checkpoints.Checkpoint loaded = Checkpoints.load(file);
            assertEquals(lesson.id(), loaded.lessonId());
            try (LessonSession restored = lesson.restore(loaded)) {
                assertEquals(settings, restored.settings(), "the checkpoint keeps its settings");
                assertEquals(before, restored.testMeasurements(), lesson.id() + ": the restored model measures the same");
            }

            Path damaged = dir.resolve("damaged-" + lesson.id() + Checkpoints.EXTENSION);
            byte[] bytes = Files.readAllBytes(file);
            for (int i = bytes.length / 3; i < bytes.length / 3 + 256 && i < bytes.length; i++) {
                bytes[i] = (byte) (bytes[i] ^ 0x5A);
            }
            Files.write(damaged, bytes, StandardOpenOption.CREATE_NEW);
            LessonException refused = assertThrows(LessonException.class, () -> lesson.restore(Checkpoints.load(damaged)));
            assertTrue(refused.getMessage().contains(damaged.getFileName().toString()) || refused.getMessage().length() < 300,
                    refused.getMessage());
            assertFalse(refused.getMessage().contains("AllocationMode"), refused.getMessage());
            assertNotEquals(0, refused.getMessage().length());
        }));
    }

    /** Values each kind of parameter must refuse. */
    static final class BadValues {
        private BadValues() {
        }

        static List<String> of(HyperParameter parameter) {
            List<String> values = new ArrayList<>(List.of("", "   ", "x".repeat(10_000)));
            if (parameter instanceof HyperParameter.DecimalParameter decimal) {
                values.addAll(List.of("NaN", "Infinity", "-Infinity", "1e999", "abc", "0x10", "1,5",
                        Double.toString(decimal.min() - Math.max(1e-3, Math.abs(decimal.min()))),
                        Double.toString(decimal.max() * 2 + 1)));
            } else if (parameter instanceof HyperParameter.IntegerParameter integer) {
                values.addAll(List.of("1.5", "abc", "99999999999999999999", Integer.toString(integer.min() - 1),
                        Long.toString((long) integer.max() + 1), "NaN"));
            } else if (parameter instanceof HyperParameter.ChoiceParameter) {
                values.addAll(List.of("no-such-choice", "null", "relu;rm -rf"));
            } else if (parameter instanceof HyperParameter.FlagParameter) {
                values.addAll(List.of("maybe", "2", "yes please"));
            } else {
                // Free text: only the lesson knows what is malformed; an empty value may be allowed.
                values.clear();
                values.add("x".repeat(100_000));
            }
            return values;
        }
    }
}
