package dev.workbench.lessons.engine;

import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunEvent.RunFailed;
import dev.workbench.lessons.engine.RunEvent.StateChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Trains a {@link LessonSession} on its own worker thread, one iteration at a time, and can be
 * paused, resumed, stepped and stopped from any thread. Controls take effect between
 * iterations. Listeners get typed events on the worker thread.
 *
 * <p>The same worker thread also answers {@link #inspect} queries (predictions, filters...) so
 * that the network is only ever touched by one thread.
 */
public final class TrainingRun implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    /** Throughput is averaged over this many recent iterations. */
    private static final int THROUGHPUT_WINDOW = 20;

    private final LessonSession session;
    private final RunRules rules;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final RunHistory history;
    private final TrainingThreads.Worker worker;
    private final CpuTurns turns;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // Guarded by lock.
    private RunState state = RunState.READY;
    private boolean started;
    private boolean loopActive;
    private boolean pauseRequested;
    private boolean stopRequested;
    private int iterationsToStep;
    /** Sub-steps asked for while paused, run in order before anything else. */
    private final java.util.ArrayDeque<String> subStepsToRun = new java.util.ArrayDeque<>();
    private boolean stepToEpochEnd;
    private final List<Runnable> inbox = new ArrayList<>();

    private volatile long iteration;
    /** Written on the training thread when a live change is applied; read from any thread. */
    private volatile Settings currentSettings;
    /** The most iterations per second, 0 for no limit (see {@link #setStepsPerSecond}). */
    private volatile double stepsPerSecond;
    /** When the last iteration started; read and written on the training thread only. */
    private long lastIterationStart = Long.MIN_VALUE / 2;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** A run with the default rules (loss only, no probes, no early stopping): for tests and benchmarks. */
    public TrainingRun(LessonSession session) {
        this(session, RunRules.DEFAULT, CpuTurns.NONE);
    }

    /** A run of {@code lesson}'s session under the lesson's declared rules. */
    public TrainingRun(Lesson lesson, LessonSession session) {
        this(session, RunRules.of(lesson, session.settings()), CpuTurns.NONE);
    }

    /** A run that computes only when {@code turns} lets it (the lanes of a race share one). */
    public TrainingRun(LessonSession session, RunRules rules, CpuTurns turns) {
        this.session = session;
        this.rules = rules;
        this.turns = turns;
        this.history = new RunHistory(rules.metrics());
        this.currentSettings = session.settings();
        this.worker = TrainingThreads.borrow("training-" + session.settings().lessonId());
        listeners.add(history);
    }

    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    public RunState state() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }

    public long iteration() {
        return iteration;
    }

    public long totalIterations() {
        return (long) session.epochs() * session.iterationsPerEpoch();
    }

    /** The settings the run trains with now: those it started with, plus any live change applied since. */
    public Settings settings() {
        return currentSettings;
    }

    /** The metrics, probes and other rules this run follows. */
    public RunRules rules() {
        return rules;
    }

    /** The named sub-steps the session offers (none for most lessons). */
    public List<SubStep> subSteps() {
        return session.subSteps();
    }

    /** Training examples per iteration. */
    public int samplesPerIteration() {
        return session.samplesPerIteration();
    }

    /**
     * Mean training speed so far: samples per second of training time (pauses, evaluation and
     * waiting for a race turn not counted), or empty before the first iteration. The app logs it
     * at the end of a run and the CLI prints it, so the two can be compared.
     */
    public OptionalDouble meanSamplesPerSecond() {
        List<IterationMetrics> done = history().iterations();
        if (done.isEmpty()) {
            return OptionalDouble.empty();
        }
        double seconds = done.get(done.size() - 1).trainingSeconds();
        return seconds > 0 ? OptionalDouble.of(done.size() * (double) samplesPerIteration() / seconds)
                : OptionalDouble.empty();
    }

    /** Everything this run reported so far. */
    public RunHistory history() {
        return history;
    }

    /** Starts training; does nothing if already started. */
    public void start() {
        launch(false, 0, false);
    }

    /**
     * Slows training to at most {@code perSecond} iterations a second (0 or less: full speed),
     * from the next iteration on; may be changed at any time from any thread. The run waits between
     * iterations, so controls and {@link #inspect} queries are answered while it waits, and every
     * iteration is probed (each probe still at most at its own rate) so a slowed run shows each step.
     * Single steps and sub-steps are never delayed.
     */
    public void setStepsPerSecond(double perSecond) {
        double value = Double.isFinite(perSecond) && perSecond > 0 ? perSecond : 0;
        signal(() -> stepsPerSecond = value);
    }

    /** Slows training to a preset pace (see {@link #setStepsPerSecond}). */
    public void setPace(Pace pace) {
        setStepsPerSecond(pace.stepsPerSecond());
    }

    /** The most iterations per second, 0 for no limit. */
    public double stepsPerSecond() {
        return stepsPerSecond;
    }

    /** Pauses after the current iteration. */
    public void pause() {
        signal(() -> pauseRequested = true);
    }

    public void resume() {
        signal(() -> {
            pauseRequested = false;
            iterationsToStep = 0;
            stepToEpochEnd = false;
        });
    }

    /** Ends the run after the current iteration; the model keeps what it learned. */
    public void stop() {
        signal(() -> stopRequested = true);
        launchIfNeeded();
    }

    /** Trains exactly one more iteration, then pauses. Starts a ready run paused. */
    public void stepIteration() {
        launch(true, 1, false);
    }

    /** Runs one named sub-step as one iteration, then pauses. Starts a ready run paused. */
    public void stepSub(String subStepId) {
        if (session.subSteps().stream().noneMatch(step -> step.id().equals(subStepId))) {
            throw new IllegalArgumentException("no sub-step '" + subStepId + "'");
        }
        lock.lock();
        try {
            if (state.isTerminal()) {
                return;
            }
            subStepsToRun.add(subStepId);
        } finally {
            lock.unlock();
        }
        launch(true, 0, false);
    }

    /** Trains to the end of the current epoch, then pauses. Starts a ready run paused. */
    public void stepEpoch() {
        launch(true, 0, true);
    }

    /** Waits until the run reaches a terminal state. Returns false on timeout. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!state.isTerminal()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a query against the session on the worker thread, between iterations while training,
     * or right away when the run is paused, ready or over.
     */
    public <T> CompletableFuture<T> inspect(Function<LessonSession, T> query) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (closed.get()) {
            result.completeExceptionally(new IllegalStateException("the run is closed"));
            return result;
        }
        Runnable task = () -> {
            try {
                result.complete(query.apply(session));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        };
        lock.lock();
        try {
            if (loopActive) {
                inbox.add(task);
                changed.signalAll();
                return result;
            }
        } finally {
            lock.unlock();
        }
        worker.execute(task);
        return result;
    }

    /** The parameters that may change while this run trains ({@link Lesson#liveParameters}). */
    public Set<String> liveParameters() {
        return rules.liveParameters();
    }

    /**
     * The parameters in which {@code next} differs from {@link #settings()} but that this
     * run cannot change while it trains (the seed counts as one): empty when {@code next} can be
     * applied live.
     */
    public List<String> needsNewRun(Settings next) {
        Settings now = currentSettings;
        List<String> refused = new ArrayList<>();
        java.util.Set<String> names = new java.util.TreeSet<>(now.values().keySet());
        names.addAll(next.values().keySet());
        for (String name : names) {
            if (!Objects.equals(now.values().get(name), next.values().get(name)) && !rules.liveParameters().contains(name)) {
                refused.add(name);
            }
        }
        if (now.seed() != next.seed()) {
            refused.add("seed");
        }
        return refused;
    }

    /**
     * Changes live settings (e.g. the learning rate) while the run trains or is paused: the
     * training thread applies them at the next iteration boundary, before the next update. The
     * caller hands over an immutable {@link Settings}; nothing waits for the training thread.
     *
     * @return completes with the settings once applied; fails with an {@link IllegalArgumentException}
     *         saying which settings need a new run, or an {@link IllegalStateException} when the run is over
     */
    public CompletableFuture<Settings> changeSettings(Settings next) {
        Objects.requireNonNull(next, "next");
        if (!next.lessonId().equals(currentSettings.lessonId())) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "these settings are for lesson " + next.lessonId() + ", not " + currentSettings.lessonId()));
        }
        List<String> refused = needsNewRun(next);
        if (!refused.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(String.join(", ", refused)
                    + (refused.size() == 1 ? " needs" : " need") + " a new run: only "
                    + (rules.liveParameters().isEmpty() ? "nothing" : String.join(", ", new java.util.TreeSet<>(rules.liveParameters())))
                    + " can change while this run trains"));
        }
        if (state().isTerminal()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the run is over; start a new one"));
        }
        if (next.equals(currentSettings)) {
            return CompletableFuture.completedFuture(next);
        }
        return inspect(s -> {
            s.applyLiveSettings(next);
            currentSettings = next;
            LOG.debug("Applied live settings at iteration {}: {}", iteration, next.values());
            return next;
        });
    }

    /** True once {@link #close()} was called: {@link #inspect} then answers only with an error. */
    public boolean isClosed() {
        return closed.get();
    }

    /** Stops the run and releases the worker thread and the session. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        signal(() -> stopRequested = true);
        try {
            worker.release(session::close, 30);
        } catch (IllegalStateException e) {
            LOG.warn(e.getMessage());
        }
        // ND4J frees a network's native buffers only when the Java objects holding them are
        // collected; with a small, quiet heap that can take many runs, and resident memory grows
        // by the size of every network trained meanwhile. One collection per closed run is cheap.
        System.gc();
    }

    private void launch(boolean paused, int steps, boolean toEpochEnd) {
        boolean launchNow;
        lock.lock();
        try {
            if (state.isTerminal()) {
                return;
            }
            if (paused) {
                pauseRequested = true;
                iterationsToStep += steps;
                stepToEpochEnd |= toEpochEnd;
            }
            launchNow = !started;
            started = true;
            loopActive = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (launchNow) {
            worker.execute(this::trainLoop);
        }
    }

    private void launchIfNeeded() {
        lock.lock();
        try {
            if (started || state.isTerminal()) {
                return;
            }
        } finally {
            lock.unlock();
        }
        launch(false, 0, false);
    }

    private void signal(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void trainLoop() {
        DivergenceRule divergence = rules.divergence().get();
        Optional<EarlyStopping> earlyStopping = EarlyStopping.from(rules.metrics(), rules.patience());
        ProbeSampler probes = new ProbeSampler(rules.probes());
        Throughput throughput = new Throughput(THROUGHPUT_WINDOW, session.samplesPerIteration());
        long total = totalIterations();
        long trainingNanos = 0;
        RunState end = RunState.FINISHED;
        int lastEpoch = 0;
        try {
            epochs:
            for (int epoch = 1; epoch <= session.epochs(); epoch++) {
                session.startEpoch(epoch);
                long epochStart = System.nanoTime();
                double lossSum = 0;
                int lossCount = 0;
                for (int i = 0; i < session.iterationsPerEpoch(); i++) {
                    Optional<String> next = awaitPermissionToTrain(epoch, probes);
                    if (next == null) {
                        end = RunState.STOPPED;
                        break epochs;
                    }
                    StepResult step;
                    long spent;
                    turns.acquire();
                    try {
                        long start = System.nanoTime();
                        lastIterationStart = start;
                        step = next.isPresent() ? session.runSubStep(next.get()) : session.trainStep();
                        spent = System.nanoTime() - start;
                    } finally {
                        turns.release();
                    }
                    long done = ++iteration;
                    Optional<String> problem = divergence.check(step);
                    if (problem.isPresent()) {
                        String message = DivergenceDetector.explain(done, problem.get(), session.divergenceHint(),
                                session.divergenceAdvice());
                        emit(new IterationMetrics(epoch, session.epochs(), done, total, step.loss(), step.values(),
                                throughput.samplesPerSecond(), Double.NaN, trainingNanos / 1e9));
                        fail(RunEvent.FailureKind.DIVERGED, message);
                        return;
                    }
                    lossSum += step.loss();
                    lossCount++;
                    trainingNanos += spent;
                    throughput.record(spent);
                    emit(new IterationMetrics(epoch, session.epochs(), done, total, step.loss(), step.values(),
                            throughput.samplesPerSecond(), throughput.secondsFor(total - done), trainingNanos / 1e9));
                    probes.afterIteration(epoch, done, false);
                }
                EpochEvaluation evaluation;
                turns.acquire();
                try {
                    evaluation = session.evaluate();
                } finally {
                    turns.release();
                }
                double meanLoss = lossCount == 0 ? Double.NaN : lossSum / lossCount;
                evaluation = evaluation.with(Metrics.TRAIN_LOSS.id(), meanLoss);
                emit(new EpochMetrics(epoch, iteration, evaluation.values(), (System.nanoTime() - epochStart) / 1e9));
                Optional<String> collapse = divergence.checkEpoch(epoch, evaluation, meanLoss);
                if (collapse.isPresent()) {
                    fail(RunEvent.FailureKind.DIVERGED, DivergenceDetector.explain(iteration, collapse.get(),
                            session.divergenceHint(), session.divergenceAdvice()));
                    return;
                }
                probes.afterIteration(epoch, iteration, true);
                lastEpoch = epoch;
                endEpochStep();
                if (earlyStopping.isPresent()) {
                    EarlyStopping stopping = earlyStopping.get();
                    double value = evaluation.value(stopping.metric().id());
                    if (stopping.afterEpoch(epoch, value, session) && epoch < session.epochs()) {
                        stopping.restoreBest(epoch);
                        emit(new RunEvent.EarlyStopped(epoch, iteration, stopping.bestEpoch(), stopping.metric().id(),
                                stopping.best(), stopping.patience()));
                        earlyStopping = Optional.empty();
                        break;
                    }
                }
            }
            if (end == RunState.FINISHED && earlyStopping.isPresent() && earlyStopping.get().restoreBest(lastEpoch)) {
                EarlyStopping stopping = earlyStopping.get();
                emit(new RunEvent.EarlyStopped(lastEpoch, iteration, stopping.bestEpoch(), stopping.metric().id(),
                        stopping.best(), stopping.patience()));
            }
            finish(end);
        } catch (Throwable t) {
            LOG.error("training failed", t);
            fail(RunEvent.FailureKind.ERROR, "Training stopped with an error: " + describe(t));
        }
    }

    /** Samples the declared probes at their throttled rates and emits what they report. */
    private final class ProbeSampler {
        private final List<ProbeSpec> specs;
        private final long[] lastNanos;

        ProbeSampler(List<ProbeSpec> specs) {
            this.specs = specs;
            this.lastNanos = new long[specs.size()];
            java.util.Arrays.fill(lastNanos, Long.MIN_VALUE / 2);
        }

        /** {@code force}: at the end of an epoch or on pausing, every probe is sampled. */
        void afterIteration(int epoch, long done, boolean force) {
            long now = System.nanoTime();
            for (int i = 0; i < specs.size(); i++) {
                ProbeSpec spec = specs.get(i);
                boolean due = (stepsPerSecond > 0 || done % spec.everyIterations() == 0)
                        && now - lastNanos[i] >= (long) (1e9 / spec.maxPerSecond());
                if (!force && !due) {
                    continue;
                }
                lastNanos[i] = now;
                session.probe(spec.id()).ifPresent(record -> emit(new RunEvent.ProbeSample(spec.id(), epoch, done, record)));
            }
        }
    }

    /**
     * Blocks while paused, runs queued queries, and says what to train next: empty for one
     * ordinary iteration, a sub-step id, or null to stop.
     */
    private Optional<String> awaitPermissionToTrain(int epoch, ProbeSampler probes) throws InterruptedException {
        boolean sampledOnPause = false;
        while (true) {
            List<Runnable> tasks;
            RunState next;
            lock.lock();
            try {
                tasks = drainInbox();
                if (tasks.isEmpty()) {
                    if (stopRequested) {
                        return null;
                    }
                    String subStep = subStepsToRun.peek();
                    boolean mayTrain = subStep != null || !pauseRequested || iterationsToStep > 0 || stepToEpochEnd;
                    next = mayTrain ? RunState.RUNNING : RunState.PAUSED;
                    if (next == state) {
                        if (mayTrain) {
                            if (subStep != null) {
                                subStepsToRun.poll();
                                return Optional.of(subStep);
                            }
                            if (iterationsToStep > 0) {
                                iterationsToStep--;
                                return Optional.empty();
                            }
                            long wait = paceWaitNanos();
                            if (wait > 0) {
                                changed.awaitNanos(wait);
                                continue;
                            }
                            return Optional.empty();
                        }
                        if (!sampledOnPause) {
                            sampledOnPause = true;
                            next = null;
                        } else {
                            changed.await();
                            continue;
                        }
                    }
                } else {
                    next = null;
                }
            } finally {
                lock.unlock();
            }
            tasks.forEach(Runnable::run);
            if (next != null) {
                moveTo(next);
            } else if (tasks.isEmpty() && iteration > 0) {
                // Paused: show the probes as they are now, so a stepped run is up to date.
                probes.afterIteration(epoch, iteration, true);
            }
        }
    }

    /** How long a slowed run must still wait before its next iteration; 0 at full speed. */
    private long paceWaitNanos() {
        double perSecond = stepsPerSecond;
        if (perSecond <= 0 || stepToEpochEnd) {
            return 0;
        }
        return lastIterationStart + (long) (1e9 / perSecond) - System.nanoTime();
    }

    private void endEpochStep() {
        signal(() -> stepToEpochEnd = false);
    }

    private List<Runnable> drainInbox() {
        List<Runnable> tasks = new ArrayList<>(inbox);
        inbox.clear();
        return tasks;
    }

    private void finish(RunState end) {
        moveTo(end);
        List<Runnable> tasks;
        lock.lock();
        try {
            loopActive = false;
            tasks = drainInbox();
        } finally {
            lock.unlock();
        }
        tasks.forEach(Runnable::run);
    }

    private void fail(RunEvent.FailureKind kind, String message) {
        emit(new RunFailed(kind, iteration, message));
        finish(RunState.FAILED);
    }

    private void moveTo(RunState next) {
        RunState previous;
        lock.lock();
        try {
            previous = state;
            state = next;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (previous != next) {
            emit(new StateChanged(previous, next));
        }
    }

    private void emit(RunEvent event) {
        for (RunListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("listener {} failed on {}", listener, event, e);
            }
        }
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
