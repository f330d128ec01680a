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
 * data and seed. Rounds alternate so that both see the same machine state. A lesson without a
 * {@link PlainFit} baseline (a GAN's two-network step, say) is measured plain as a bare loop of
 * its updates. {@code --plain-only} skips the {@code TrainingRun}; {@code --json} adds a last line
 * for scripts ({@link ThroughputLine}).
 */
final class BenchCommand {
    private static final int WARM_UP_ITERATIONS = 20;
    /** The plain measurement's two kinds: the lesson's {@link PlainFit}, or its updates in a bare loop. */
    private static final String PLAIN_FIT = "net.fit";
    private static final String UPDATE_LOOP = "update loop";

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
        if (line.takeSwitch("peer")) {
            // ND4J reads its thread count once per process, so the comparison runs one JVM per measurement.
            throw new UsageException("the PyTorch comparison runs from a script, one process per measurement: "
                    + "bench/peer.sh " + lesson.id() + " [--threads 1,2] [--rounds 2] [lesson options]");
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
        boolean json = line.takeSwitch("json");
        boolean plainOnly = line.takeSwitch("plain-only");
        Settings settings = LessonOptions.settings(lesson, line, Settings.DEFAULT_SEED);
        BackendInfo backend = BackendInfo.current();
        out.println("Backend: " + backend.describe());
        String baseline = PLAIN_FIT;
        List<Double> plain = new ArrayList<>();
        List<Double> engine = new ArrayList<>();
        try {
            for (int round = 1; round <= rounds; round++) {
                Plain measured = plainFit(lesson, settings);
                baseline = measured.baseline();
                plain.add(measured.samplesPerSecond());
                if (plainOnly) {
                    out.printf(Locale.ROOT, "round %d: plain %s %,.0f samples/s%n", round, baseline, plain.get(round - 1));
                    continue;
                }
                engine.add(engineRun(lesson, settings));
                out.printf(Locale.ROOT, "round %d: plain %s %,.0f samples/s, TrainingRun %,.0f samples/s%n",
                        round, baseline, plain.get(round - 1), engine.get(round - 1));
            }
        } catch (LessonException e) {
            out.println("workbench: " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WorkbenchCli.TRAINING_FAILED;
        }
        double plainMedian = median(plain);
        double engineMedian = plainOnly ? Double.NaN : median(engine);
        if (plainOnly) {
            out.printf(Locale.ROOT, "median: plain %s %,.0f samples/s%n", baseline, plainMedian);
        } else {
            out.printf(Locale.ROOT, "median: plain %s %,.0f samples/s, TrainingRun %,.0f samples/s, engine/plain %.1f%%%n",
                    baseline, plainMedian, engineMedian, 100 * engineMedian / plainMedian);
        }
        if (json) {
            out.println(new ThroughputLine(lesson.id(), baseline, plainMedian, engineMedian, (int) rounds,
                    backend.threads(), backend.blasVendor(), backend.onednnHelpers()).json());
        }
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

    /** What the plain measurement ran, and its speed. */
    private record Plain(String baseline, double samplesPerSecond) {
    }

    /** {@code net.fit} per epoch where the lesson offers it, else its updates in a bare loop, without the engine. */
    private static Plain plainFit(Lesson lesson, Settings settings) throws LessonException {
        try (LessonSession session = lesson.prepare(settings)) {
            warmUp(session);
            long start = System.nanoTime();
            for (int epoch = 1; epoch <= session.epochs(); epoch++) {
                if (session instanceof PlainFit baseline) {
                    baseline.fitEpochWithoutEngine();
                } else {
                    session.startEpoch(epoch);
                    for (int i = 0; i < session.iterationsPerEpoch(); i++) {
                        session.trainIteration();
                    }
                }
            }
            double speed = samples(session) / ((System.nanoTime() - start) / 1e9);
            return new Plain(session instanceof PlainFit ? PLAIN_FIT : UPDATE_LOOP, speed);
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
