package dev.workbench.lessons.cli;

import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.cnn.CnnSession;
import dev.workbench.lessons.data.DatasetLocator;
import dev.workbench.lessons.engine.BackendInfo;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.Settings;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * {@code workbench self-test} (or {@code --self-test}): proves an installation works without a
 * screen. Loads the natives and the shipped data, trains the CNN for a few dozen iterations and
 * passes when test accuracy rises well above chance.
 */
final class SelfTestCommand {
    static final int ITERATIONS = 60;
    static final double REQUIRED_ACCURACY = 0.5;

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
        CnnLesson lesson = new CnnLesson();
        Settings settings = lesson.validate(Map.of("epochs", "1"), Settings.DEFAULT_SEED).orElseThrow();
        try (CnnSession session = lesson.prepare(settings)) {
            double before = session.testScore().accuracy();
            session.startEpoch(1);
            for (int i = 0; i < ITERATIONS; i++) {
                session.trainIteration();
            }
            double after = session.testScore().accuracy();
            boolean passed = after > before && after >= REQUIRED_ACCURACY;
            out.printf(Locale.ROOT, "CNN test accuracy: %.1f%% before, %.1f%% after %d iterations: %s%n",
                    before * 100, after * 100, ITERATIONS, passed ? "PASS" : "FAIL");
            return passed ? WorkbenchCli.OK : WorkbenchCli.TRAINING_FAILED;
        } catch (LessonException e) {
            out.println("Self-test FAIL: " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        }
    }
}
