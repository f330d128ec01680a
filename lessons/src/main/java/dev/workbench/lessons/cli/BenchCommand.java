package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.BackendInfo;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.PlainFit;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.race.OptimizerLanes;
import dev.workbench.lessons.race.Race;
import dev.workbench.lessons.race.RaceLane;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code workbench bench LESSON}: training samples/s of plain {@code net.fit} against the same
 * training inside a {@link TrainingRun} with listeners attached, in one process, on the same
 * data and seed. Rounds alternate so that both see the same machine state.
 */
final class BenchCommand {
    private static final int WARM_UP_ITERATIONS = 20;

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine line) throws UsageException {
        Lesson lesson = LessonOptions.lesson(line);
        long rounds = line.takeLong("rounds", 3);
        if (rounds < 1 || rounds > 20) {
            throw new UsageException("--rounds must be between 1 and 20");
        }
        String race = line.take("race", null);
        if (race != null) {
            return raceBench(lesson, race, LessonOptions.rawOptions(lesson, line));
        }
        long soak = line.takeLong("soak", 0);
        if (soak != 0) {
            if (soak < 6 || soak > 500) {
                throw new UsageException("--soak must be between 6 and 500 runs");
            }
            return new SoakBench(out).run(lesson, LessonOptions.settings(lesson, line, Settings.DEFAULT_SEED), (int) soak);
        }
        Settings settings = LessonOptions.settings(lesson, line, Settings.DEFAULT_SEED);
        out.println("Backend: " + BackendInfo.current().describe());
        List<Double> plain = new ArrayList<>();
        List<Double> engine = new ArrayList<>();
        try {
            for (int round = 1; round <= rounds; round++) {
                plain.add(plainFit(lesson, settings));
                engine.add(engineRun(lesson, settings));
                out.printf(Locale.ROOT, "round %d: plain net.fit %,.0f samples/s, TrainingRun %,.0f samples/s%n",
                        round, plain.get(round - 1), engine.get(round - 1));
            }
        } catch (LessonException e) {
            out.println("workbench: " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WorkbenchCli.TRAINING_FAILED;
        }
        double plainMedian = median(plain);
        double engineMedian = median(engine);
        out.printf(Locale.ROOT, "median: plain net.fit %,.0f samples/s, TrainingRun %,.0f samples/s, engine/plain %.1f%%%n",
                plainMedian, engineMedian, 100 * engineMedian / plainMedian);
        return WorkbenchCli.OK;
    }

    /**
     * {@code --race sgd:0.05,adam:0.001}: the lanes trained one after another, then the same lanes
     * as a race; a race should take no longer than the sequence.
     */
    private int raceBench(Lesson lesson, String spec, java.util.Map<String, String> base) throws UsageException {
        List<RaceLane> lanes;
        try {
            lanes = OptimizerLanes.of(lesson, base, Settings.DEFAULT_SEED, OptimizerConfig.parseList(spec));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        out.println("Backend: " + BackendInfo.current().describe());
        try {
            long start = System.nanoTime();
            for (RaceLane lane : lanes) {
                try (TrainingRun run = new TrainingRun(lesson.prepare(lane.settings()))) {
                    run.start();
                    run.awaitEnd(Duration.ofHours(1));
                }
            }
            double sequential = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            try (Race race = Race.prepare(lesson, lanes)) {
                race.start();
                race.awaitEnd(Duration.ofHours(1));
            }
            double raced = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "%d lanes one after another: %.1f s; as a race: %.1f s; race/sequence %.2f%n",
                    lanes.size(), sequential, raced, raced / sequential);
            return WorkbenchCli.OK;
        } catch (LessonException e) {
            out.println("workbench: " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WorkbenchCli.TRAINING_FAILED;
        }
    }

    private double plainFit(Lesson lesson, Settings settings) throws LessonException, UsageException {
        try (LessonSession session = lesson.prepare(settings)) {
            if (!(session instanceof PlainFit baseline)) {
                throw new UsageException("lesson " + lesson.id() + " has no plain-fit baseline to compare with");
            }
            warmUp(session);
            long start = System.nanoTime();
            for (int epoch = 0; epoch < session.epochs(); epoch++) {
                baseline.fitEpochWithoutEngine();
            }
            return samples(session) / ((System.nanoTime() - start) / 1e9);
        }
    }

    private double engineRun(Lesson lesson, Settings settings) throws LessonException, InterruptedException {
        LessonSession session = new WithoutEvaluation(lesson.prepare(settings));
        warmUp(session);
        try (TrainingRun run = new TrainingRun(session)) {
            run.addListener(new ProgressPrinter(new PrintStream(PrintStream.nullOutputStream()), false, lesson.metrics()));
            run.addListener(event -> {
                if (event instanceof RunEvent.IterationMetrics metrics && Double.isNaN(metrics.loss())) {
                    throw new IllegalStateException("NaN loss");
                }
            });
            long start = System.nanoTime();
            run.start();
            run.awaitEnd(Duration.ofHours(1));
            return samples(session) / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void warmUp(LessonSession session) {
        session.startEpoch(1);
        for (int i = 0; i < WARM_UP_ITERATIONS; i++) {
            session.trainIteration();
        }
    }

    private static double samples(LessonSession session) {
        return (double) session.epochs() * session.iterationsPerEpoch() * session.samplesPerIteration();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The session as the engine trains it, minus the end-of-epoch evaluation, which plain fit does not do. */
    private record WithoutEvaluation(LessonSession inner) implements LessonSession {
        @Override
        public Settings settings() {
            return inner.settings();
        }

        @Override
        public int epochs() {
            return inner.epochs();
        }

        @Override
        public int iterationsPerEpoch() {
            return inner.iterationsPerEpoch();
        }

        @Override
        public int samplesPerIteration() {
            return inner.samplesPerIteration();
        }

        @Override
        public void startEpoch(int epoch) {
            inner.startEpoch(epoch);
        }

        @Override
        public double trainIteration() {
            return inner.trainIteration();
        }

        @Override
        public EpochEvaluation evaluate() {
            return EpochEvaluation.of(java.util.Map.of());
        }

        @Override
        public String divergenceHint() {
            return inner.divergenceHint();
        }

        @Override
        public void saveCheckpoint(Path file) throws IOException {
            inner.saveCheckpoint(file);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
