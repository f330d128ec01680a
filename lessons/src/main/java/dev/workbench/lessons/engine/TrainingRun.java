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
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final RunHistory history = new RunHistory();
    private final ExecutorService worker;
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
    private boolean stepToEpochEnd;
    private final List<Runnable> inbox = new ArrayList<>();

    private volatile long iteration;

    public TrainingRun(LessonSession session) {
        this(session, CpuTurns.NONE);
    }

    /** A run that computes only when {@code turns} lets it (the lanes of a race share one). */
    public TrainingRun(LessonSession session, CpuTurns turns) {
        this.session = session;
        this.turns = turns;
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(() -> {
                NativeSetup.applyThreadPolicy();
                runnable.run();
            }, "training-" + session.settings().lessonId());
            thread.setDaemon(true);
            return thread;
        });
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

    public Settings settings() {
        return session.settings();
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

    /** Stops the run and releases the worker thread and the session. */
    @Override
    public void close() {
        signal(() -> stopRequested = true);
        worker.execute(session::close);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("training thread did not end within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        DivergenceDetector divergence = new DivergenceDetector();
        Throughput throughput = new Throughput(THROUGHPUT_WINDOW, session.samplesPerIteration());
        long total = totalIterations();
        long trainingNanos = 0;
        RunState end = RunState.FINISHED;
        try {
            epochs:
            for (int epoch = 1; epoch <= session.epochs(); epoch++) {
                session.startEpoch(epoch);
                long epochStart = System.nanoTime();
                double lossSum = 0;
                for (int i = 0; i < session.iterationsPerEpoch(); i++) {
                    if (!awaitPermissionToTrain()) {
                        end = RunState.STOPPED;
                        break epochs;
                    }
                    double loss;
                    long spent;
                    turns.acquire();
                    try {
                        long start = System.nanoTime();
                        loss = session.trainIteration();
                        spent = System.nanoTime() - start;
                    } finally {
                        turns.release();
                    }
                    long done = ++iteration;
                    Optional<String> problem = divergence.check(loss);
                    if (problem.isPresent()) {
                        String message = DivergenceDetector.explain(done, problem.get(), session.divergenceHint());
                        emit(new IterationMetrics(epoch, session.epochs(), done, total, loss,
                                throughput.samplesPerSecond(), Double.NaN, trainingNanos / 1e9));
                        fail(RunEvent.FailureKind.DIVERGED, message);
                        return;
                    }
                    lossSum += loss;
                    trainingNanos += spent;
                    throughput.record(spent);
                    emit(new IterationMetrics(epoch, session.epochs(), done, total, loss,
                            throughput.samplesPerSecond(), throughput.secondsFor(total - done), trainingNanos / 1e9));
                }
                EpochEvaluation evaluation;
                turns.acquire();
                try {
                    evaluation = session.evaluate();
                } finally {
                    turns.release();
                }
                emit(new EpochMetrics(epoch, iteration, lossSum / session.iterationsPerEpoch(),
                        evaluation.trainAccuracy(), evaluation.validationLoss(), evaluation.validationAccuracy(),
                        (System.nanoTime() - epochStart) / 1e9));
                endEpochStep();
            }
            finish(end);
        } catch (Throwable t) {
            LOG.error("training failed", t);
            fail(RunEvent.FailureKind.ERROR, "Training stopped with an error: " + describe(t));
        }
    }

    /** Blocks while paused, runs queued queries, and says whether to train one more iteration. */
    private boolean awaitPermissionToTrain() throws InterruptedException {
        while (true) {
            List<Runnable> tasks;
            RunState next;
            lock.lock();
            try {
                tasks = drainInbox();
                if (tasks.isEmpty()) {
                    if (stopRequested) {
                        return false;
                    }
                    boolean mayTrain = !pauseRequested || iterationsToStep > 0 || stepToEpochEnd;
                    next = mayTrain ? RunState.RUNNING : RunState.PAUSED;
                    if (next == state) {
                        if (mayTrain) {
                            if (iterationsToStep > 0) {
                                iterationsToStep--;
                            }
                            return true;
                        }
                        changed.await();
                        continue;
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
            }
        }
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
