package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.ProbeSpec;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.optim.OptimizerKind;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code workbench run LESSON ...}: checks the results folder, trains headless, then writes the
 * metrics CSV and a checkpoint as one set. A diverged run keeps its metrics but no checkpoint;
 * Ctrl-C or SIGTERM stops training, saves the metrics so far and says where.
 */
final class RunCommand {
    static final String METRICS_FILE = "metrics.csv";

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(CommandLine line) throws UsageException {
        Lesson lesson = LessonOptions.lesson(line);
        long seed = line.takeLong("seed", Settings.DEFAULT_SEED);
        String outDir = line.takeValue("out");
        boolean quiet = line.takeSwitch("quiet");
        String subStepText = line.takeValue("sub-steps");
        String from = line.takeValue("from");
        long sampleEvery = line.takeLong("sample-every", SampleGrids.DEFAULT_EVERY);
        if (sampleEvery < 0 || sampleEvery > Integer.MAX_VALUE) {
            throw new UsageException("--sample-every must be 0 (no sample pictures) or a positive number of iterations");
        }
        Checkpoints.Checkpoint checkpoint = null;
        Settings settings;
        if (from == null) {
            settings = LessonOptions.settings(lesson, line, seed);
        } else {
            try {
                checkpoint = continuing(lesson, Checkpoints.load(Path.of(from)), LessonOptions.rawOptions(lesson, line));
            } catch (Checkpoints.CheckpointException e) {
                err.println("workbench: " + e.getMessage());
                return WorkbenchCli.DATA_ERROR;
            }
            settings = null;
        }

        try (RunFolder folder = RunFolder.open(outDir, lesson.id())) {
            LessonSession session;
            try {
                session = checkpoint == null ? lesson.prepare(settings) : lesson.restore(checkpoint);
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
            out.printf("Training %s%s: %s, seed %d%n", lesson.info().title(), from == null ? "" : " from " + from,
                    describe(lesson, session.settings()), session.settings().seed());
            return train(lesson, session, subSteps, folder, quiet, (int) sampleEvery);
        } catch (RunFolder.RunFolderException e) {
            err.println("workbench: " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        }
    }

    private int train(Lesson lesson, LessonSession session, List<String> subSteps, RunFolder folder, boolean quiet,
                      int sampleEvery) {
        AtomicReference<String> failure = new AtomicReference<>();
        try (TrainingRun run = new TrainingRun(lesson, session);
             Interrupts interrupts = Interrupts.stopOnSignal(run)) {
            SampleGrids samples = sampleEvery == 0 ? null : lesson.savedSamples(session.settings())
                    .map(probe -> new SampleGrids(run, probe, sampleEvery, folder.path(), err)).orElse(null);
            if (samples != null) {
                run.addListener(samples);
                samples.saveInitial();
                out.printf("Sample pictures: %s every %d iterations%n",
                        folder.resolve("samples-NNNNNN.png"), sampleEvery);
            }
            if (!quiet) {
                run.addListener(new ProgressPrinter(out, System.console() != null, run.rules().metrics()));
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
                while (run.iteration() < subSteps.size() && !run.state().isTerminal() && interrupts.signal().isEmpty()) {
                    Thread.sleep(5);
                }
                run.stop();
            }
            while (!run.awaitEnd(Duration.ofMinutes(1))) {
                // keep waiting; the progress printer shows that training goes on
            }
            if (samples != null) {
                samples.saveFinal();
            }
            Path metrics = folder.resolve(METRICS_FILE);
            if (interrupts.signal().isPresent()) {
                Interrupts.Signal signal = interrupts.signal().get();
                folder.writeSet(List.of(METRICS_FILE), List.of(run.history()::writeCsv));
                err.printf("%nworkbench: stopped by %s after %d iterations. Metrics so far: %s (no checkpoint: the run "
                        + "did not finish)%n", signal.label(), run.iteration(), metrics);
                return signal.exitCode();
            }
            if (run.state() == RunState.FAILED) {
                err.println("workbench: " + failure.get());
                folder.writeSet(List.of(METRICS_FILE), List.of(run.history()::writeCsv));
                err.println("Metrics so far: " + metrics + " (no checkpoint: the model is not worth keeping)");
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
            printTexts(lesson, run);
            String checkpointName = lesson.id() + Checkpoints.EXTENSION;
            folder.writeSet(List.of(METRICS_FILE, checkpointName), List.of(run.history()::writeCsv,
                    file -> saveOnTrainingThread(run, file)));
            out.println("Metrics:    " + metrics);
            out.println("Checkpoint: " + folder.resolve(checkpointName));
            return WorkbenchCli.OK;
        } catch (IOException | ExecutionException | UncheckedIOException e) {
            err.println("workbench: cannot write results to " + folder.path() + ": " + rootMessage(e));
            return WorkbenchCli.DATA_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WorkbenchCli.TRAINING_FAILED;
        }
    }

    /** The final value of each text probe the run streams (what a character model writes), in full. */
    private void printTexts(Lesson lesson, TrainingRun run) throws InterruptedException, ExecutionException {
        for (ProbeSpec spec : lesson.probes(run.settings())) {
            if (spec.kind() == ProbeRecord.Kind.TEXT) {
                var record = run.inspect(session -> session.probe(spec.id())).get();
                if (record.orElse(null) instanceof ProbeRecord.Text text) {
                    out.printf("%s:%n%s%n", spec.label(), text.text());
                }
            }
        }
    }

    /**
     * A checkpoint to continue from, with the settings given on the command line (e.g. more
     * epochs) replacing the stored ones; the lesson checks that they fit the network.
     */
    private static Checkpoints.Checkpoint continuing(Lesson lesson, Checkpoints.Checkpoint stored,
                                                      java.util.Map<String, String> overrides) throws UsageException {
        if (!stored.lessonId().equals(lesson.id())) {
            throw new UsageException("the checkpoint was saved by the '" + stored.lessonId() + "' lesson, not by '"
                    + lesson.id() + "'; run: workbench run " + stored.lessonId() + " --from FILE");
        }
        java.util.Map<String, String> merged = new java.util.HashMap<>(stored.rawSettings());
        merged.putAll(overrides);
        return new Checkpoints.Checkpoint(stored.lessonId(), stored.seed(), merged, stored.networks());
    }

    /** The model is only ever touched by its training thread, so the checkpoint is written there. */
    private static void saveOnTrainingThread(TrainingRun run, Path file) throws IOException {
        try {
            run.inspect(session -> {
                try {
                    session.saveCheckpoint(file);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while saving the checkpoint");
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String describe(Lesson lesson, Settings settings) {
        StringBuilder text = new StringBuilder();
        lesson.parameters().forEach(p -> {
            Object value = settings.values().get(p.name());
            if (value != null && !String.valueOf(value).isEmpty()) {
                // An optimizer by its display name, as in race lanes and tables: "optimizer Adam".
                String shown = OptimizerKind.isOptimizerParameter(p.name()) && value instanceof String name
                        ? OptimizerKind.displayName(name) : p.format(value);
                text.append(text.length() == 0 ? "" : ", ").append(p.name()).append(' ').append(Shorten.text(shown));
            }
        });
        return text.toString();
    }
}
