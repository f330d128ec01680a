package dev.workbench.lessons.cli;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.data.DatasetLocator;
import dev.workbench.lessons.engine.BackendInfo;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.Settings;

import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code workbench self-test} (or {@code --self-test}): proves an installation works without a
 * screen. Loads the natives and the shipped data, trains the catalog's self-test lesson for a few
 * dozen iterations and passes when its test score rises well above chance.
 */
final class SelfTestCommand {
    private final PrintStream out;

    SelfTestCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine line) throws UsageException {
        if (!line.positional().isEmpty() || !line.remaining().isEmpty()) {
            throw new UsageException("self-test takes no arguments");
        }
        out.println("Backend:  " + BackendInfo.current().describe());
        out.println("Datasets: " + DatasetLocator.find().map(Object::toString).orElse("not found"));
        LessonCatalog.SelfTest test = LessonCatalog.SELF_TEST;
        Lesson lesson = LessonCatalog.find(test.lessonId()).orElseThrow();
        Settings settings = lesson.validate(test.settings(), Settings.DEFAULT_SEED).orElseThrow();
        try (LessonSession session = lesson.prepare(settings)) {
            Measurement before = session.testMeasurements().get(0);
            session.startEpoch(1);
            for (int i = 0; i < test.iterations(); i++) {
                session.trainStep();
            }
            Measurement after = session.testMeasurements().get(0);
            boolean passed = after.value() > before.value() && after.value() >= test.requiredScore();
            out.printf(Locale.ROOT, "%s, %s: %s before, %s after %d iterations: %s%n", lesson.info().title(),
                    after.label().toLowerCase(Locale.ROOT), before.formatted(), after.formatted(), test.iterations(),
                    passed ? "PASS" : "FAIL");
            return passed ? WorkbenchCli.OK : WorkbenchCli.TRAINING_FAILED;
        } catch (LessonException e) {
            out.println("Self-test FAIL: " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        }
    }
}
