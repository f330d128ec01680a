package dev.workbench.lessons.race;

import dev.workbench.lessons.engine.CpuTurns;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunRules;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.TrainingRun;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Trains several lanes of one lesson side by side. Each lane is an ordinary {@link TrainingRun}
 * (so pause, stop and events work as everywhere), and all lanes share one {@link CpuTurns} so
 * they take turns on the CPU one iteration at a time.
 */
public final class Race implements AutoCloseable {
    /**
     * Loss curves are smoothed over the last iterations that together saw at least this many
     * training examples before checking the target (and for a lane's final loss). Counting
     * examples, not iterations, keeps the comparison fair across batch sizes: ten single-example
     * losses are so noisy that a lucky run of easy examples "reaches" any target at once.
     */
    static final int TARGET_SMOOTHING_EXAMPLES = 320;

    private final List<RaceLane> lanes;
    private final List<TrainingRun> runs;
    private final List<RaceListener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<Integer, String> failures = new ConcurrentHashMap<>();

    private Race(List<RaceLane> lanes, List<TrainingRun> runs) {
        this.lanes = List.copyOf(lanes);
        this.runs = List.copyOf(runs);
        for (int i = 0; i < runs.size(); i++) {
            int lane = i;
            runs.get(i).addListener(event -> {
                if (event instanceof RunEvent.RunFailed failed) {
                    failures.put(lane, failed.kind() + ": " + failed.message());
                }
                for (RaceListener listener : listeners) {
                    listener.onEvent(lane, event);
                }
            });
        }
    }

    /** Prepares every lane (data and network); all lanes must use the same lesson. */
    public static Race prepare(Lesson lesson, List<RaceLane> lanes) throws LessonException {
        if (lanes.size() < 2 || lanes.size() > 5) {
            throw new LessonException("A race needs 2 to 5 lanes, not " + lanes.size());
        }
        CpuTurns turns = CpuTurns.shared();
        List<TrainingRun> runs = new ArrayList<>();
        try {
            for (RaceLane lane : lanes) {
                LessonSession session = lesson.prepare(lane.settings());
                runs.add(new TrainingRun(session, RunRules.of(lesson, lane.settings()), turns));
            }
        } catch (LessonException | RuntimeException e) {
            runs.forEach(TrainingRun::close);
            throw e;
        }
        return new Race(lanes, runs);
    }

    public void addListener(RaceListener listener) {
        listeners.add(listener);
    }

    public List<RaceLane> lanes() {
        return lanes;
    }

    public List<TrainingRun> runs() {
        return runs;
    }

    public void start() {
        runs.forEach(TrainingRun::start);
    }

    /** Stops each lane once it has trained for this many seconds of its own time (equal budgets). */
    public void limitTrainingSeconds(double seconds) {
        if (seconds <= 0) {
            return;
        }
        addListener((lane, event) -> {
            if (event instanceof IterationMetrics it && it.trainingSeconds() >= seconds) {
                runs.get(lane).stop();
            }
        });
    }

    public void pause() {
        runs.forEach(TrainingRun::pause);
    }

    public void resume() {
        runs.forEach(TrainingRun::resume);
    }

    public void stop() {
        runs.forEach(TrainingRun::stop);
    }

    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (TrainingRun run : runs) {
            if (!run.awaitEnd(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return false;
            }
        }
        return true;
    }

    public boolean isOver() {
        return runs.stream().allMatch(run -> run.state().isTerminal());
    }

    /** One result per lane; {@code target} is the value of the ranking metric whose first crossing is timed. */
    public List<RaceResult> results(double target) {
        List<RaceResult> results = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            results.add(result(i, target));
        }
        return results;
    }

    private RaceResult result(int lane, double target) {
        TrainingRun run = runs.get(lane);
        Metrics metrics = run.rules().metrics();
        List<IterationMetrics> iterations = run.history().iterations();
        List<RunEvent.EpochMetrics> epochs = run.history().epochs();
        RunEvent.EpochMetrics last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        int window = smoothingWindow(run.samplesPerIteration());
        Map<String, Double> finals = new HashMap<>();
        for (MetricSpec spec : metrics.specs()) {
            double value = spec.perIteration() ? recentMean(iterations, spec.id(), window)
                    : last != null ? last.value(spec.id()) : Double.NaN;
            finals.put(spec.id(), value);
        }
        if (last == null) {
            finals.put(Metrics.TRAIN_LOSS.id(), recentMean(iterations, Metrics.LOSS.id(), window));
        }
        double seconds = iterations.isEmpty() ? 0 : iterations.get(iterations.size() - 1).trainingSeconds();
        MetricSpec ranking = metrics.ranking();
        OptionalLong iterationsToTarget = OptionalLong.empty();
        OptionalDouble secondsToTarget = OptionalDouble.empty();
        if (ranking.perIteration()) {
            double windowSum = 0;
            for (int i = 0; i < iterations.size(); i++) {
                windowSum += iterations.get(i).value(ranking.id());
                if (i >= window) {
                    windowSum -= iterations.get(i - window).value(ranking.id());
                }
                if (i >= window - 1 && ranking.goal().reached(windowSum / window, target)) {
                    iterationsToTarget = OptionalLong.of(iterations.get(i).iteration());
                    secondsToTarget = OptionalDouble.of(iterations.get(i).trainingSeconds());
                    break;
                }
            }
        } else {
            for (RunEvent.EpochMetrics epoch : epochs) {
                if (ranking.goal().reached(epoch.value(ranking.id()), target)) {
                    iterationsToTarget = OptionalLong.of(epoch.iteration());
                    secondsToTarget = OptionalDouble.of(trainingSecondsAt(iterations, epoch.iteration()));
                    break;
                }
            }
        }
        String failure = failures.get(lane);
        return new RaceResult(lanes.get(lane).label(), run.iteration(), metrics, finals, seconds,
                iterationsToTarget, secondsToTarget,
                failure != null && failure.startsWith(RunEvent.FailureKind.DIVERGED.name()), failure);
    }

    private static double trainingSecondsAt(List<IterationMetrics> iterations, long iteration) {
        return iterations.stream().filter(it -> it.iteration() == iteration).mapToDouble(IterationMetrics::trainingSeconds)
                .findFirst().orElse(Double.NaN);
    }

    /** How many of a lane's latest iterations are averaged: enough to cover {@link #TARGET_SMOOTHING_EXAMPLES}. */
    static int smoothingWindow(int samplesPerIteration) {
        return Math.max(1, (TARGET_SMOOTHING_EXAMPLES + samplesPerIteration - 1) / Math.max(1, samplesPerIteration));
    }

    private static double recentMean(List<IterationMetrics> iterations, String metricId, int window) {
        int from = Math.max(0, iterations.size() - window);
        return iterations.subList(from, iterations.size()).stream()
                .mapToDouble(it -> it.value(metricId)).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    @Override
    public void close() {
        runs.forEach(TrainingRun::close);
    }
}
