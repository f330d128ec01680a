package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/** {@code workbench run LESSON ...}: trains headless, then writes the metrics CSV and a checkpoint. */
final class RunCommand {
    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(CommandLine line) throws UsageException {
        Lesson lesson = LessonOptions.lesson(line);
        long seed = line.takeLong("seed", Settings.DEFAULT_SEED);
        String outDir = line.take("out", null);
        boolean quiet = line.takeSwitch("quiet");
        String subStepText = line.take("sub-steps", null);
        Settings settings = LessonOptions.settings(lesson, line, seed);
        Path folder = outDir != null ? Path.of(outDir) : defaultFolder(lesson);

        LessonSession session;
        try {
            session = lesson.prepare(settings);
        } catch (LessonException e) {
            err.println("workbench: " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        }
        List<String> subSteps;
        try {
            subSteps = subStepText == null ? List.of() : SubStepList.parse(subStepText, session.subSteps());
        } catch (IllegalArgumentException e) {
            session.close();
            throw new UsageException(e.getMessage());
        }
        out.printf("Training %s: %s, seed %d%n", lesson.info().title(), describe(lesson, settings), seed);
        AtomicReference<String> failure = new AtomicReference<>();
        try (TrainingRun run = new TrainingRun(lesson, session)) {
            if (!quiet) {
                run.addListener(new ProgressPrinter(out, System.console() != null, lesson.metrics()));
            }
            run.addListener(event -> {
                if (event instanceof RunEvent.RunFailed failed) {
                    failure.set(failed.message());
                }
            });
            if (subSteps.isEmpty()) {
                run.start();
            } else {
                subSteps.forEach(run::stepSub);
                while (run.iteration() < subSteps.size() && !run.state().isTerminal()) {
                    Thread.sleep(5);
                }
                run.stop();
            }
            while (!run.awaitEnd(Duration.ofMinutes(1))) {
                // keep waiting; the progress printer shows that training goes on
            }
            if (run.state() == RunState.FAILED) {
                err.println("workbench: " + failure.get());
                run.history().writeCsv(folder.resolve("metrics.csv"));
                err.println("Metrics so far: " + folder.resolve("metrics.csv"));
                return WorkbenchCli.TRAINING_FAILED;
            }
            run.meanSamplesPerSecond().ifPresent(speed -> out.printf(Locale.ROOT,
                    "Training speed: %,.0f samples/s of training time%n", speed));
            run.history().earlyStopped().ifPresent(stopped -> out.printf(Locale.ROOT,
                    "Early stopping: kept the weights of epoch %d (best %s).%n", stopped.bestEpoch(),
                    lesson.metrics().get(stopped.metric()).label().toLowerCase(Locale.ROOT)));
            for (Measurement measurement : run.inspect(LessonSession::testMeasurements).get()) {
                out.printf(Locale.ROOT, "%s: %s%n", measurement.label(), measurement.formatted());
            }
            Path metrics = folder.resolve("metrics.csv");
            Path checkpoint = folder.resolve(lesson.id() + dev.workbench.lessons.engine.Checkpoints.EXTENSION);
            run.history().writeCsv(metrics);
            run.inspect(s -> {
                try {
                    s.saveCheckpoint(checkpoint);
                    return null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get();
            out.println("Metrics:    " + metrics);
            out.println("Checkpoint: " + checkpoint);
            return WorkbenchCli.OK;
        } catch (IOException | ExecutionException e) {
            err.println("workbench: cannot write results to " + folder + ": " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WorkbenchCli.TRAINING_FAILED;
        }
    }

    private static String describe(Lesson lesson, Settings settings) {
        StringBuilder text = new StringBuilder();
        lesson.parameters().forEach(p -> {
            Object value = settings.values().get(p.name());
            if (value != null && !String.valueOf(value).isEmpty()) {
                text.append(text.length() == 0 ? "" : ", ").append(p.name()).append(' ').append(p.format(value));
            }
        });
        return text.toString();
    }

    private static Path defaultFolder(Lesson lesson) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("runs", lesson.id() + "-" + stamp);
    }
}
