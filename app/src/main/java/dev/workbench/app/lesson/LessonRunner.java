package dev.workbench.app.lesson;

import dev.workbench.lessons.engine.CheckpointHistory;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Pace;
import dev.workbench.lessons.engine.Preparation;
import dev.workbench.lessons.engine.SubStep;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The view-model of one lesson page: prepares sessions in the background, owns the current
 * {@link TrainingRun}, turns its events into read-only properties and per-frame
 * {@link RunUpdate}s, and forwards the controls. Holds no nodes. All public methods are called on
 * the FX thread.
 */
public final class LessonRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LessonRunner.class);
    /**
     * How often queued training events are moved to the screen: 20 times a second, 10 where the
     * window would share two cores or fewer with training. There each frame's painting slows the
     * training thread (docs/benchmarks.md, "Desktop app": 91.8% of headless speed at 20 Hz, 94.6%
     * at 10 Hz on a 2-core machine), and 100 ms between updates still reads as live.
     */
    public static final double UPDATE_HZ = updateRate(Runtime.getRuntime().availableProcessors());

    static double updateRate(int cores) {
        return cores <= 2 ? 10 : 20;
    }

    /** Gets a page's run news on the FX thread. */
    public interface Observer {
        /** A new model (prepared, restored or reset): forget what the previous one showed. */
        default void runAttached(TrainingRun run) {
        }

        /** Everything that happened since the last frame. */
        default void update(TrainingRun run, RunUpdate update) {
        }
    }

    /**
     * A session made in the background, the settings it was made with, and the history of the run
     * that trained it (empty unless restored from a checkpoint that kept one).
     */
    private record Prepared(LessonSession session, Settings settings, RunPlan plan, CheckpointHistory history) {
        static Prepared of(LessonSession session, Settings settings) {
            return of(session, settings, new CheckpointHistory(List.of(), List.of()));
        }

        static Prepared of(LessonSession session, Settings settings, CheckpointHistory history) {
            return new Prepared(session, settings, new RunPlan(session.epochs(), session.iterationsPerEpoch()), history);
        }
    }

    private final Lesson lesson;
    private final BackgroundWorker worker;
    private final Executor fx;
    private final List<Observer> observers = new CopyOnWriteArrayList<>();
    private final FxTicker ticker;

    private final ReadOnlyObjectWrapper<RunPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", RunPhase.EMPTY);
    private final ReadOnlyObjectWrapper<TrainingRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyObjectWrapper<Settings> runSettings = new ReadOnlyObjectWrapper<>(this, "runSettings");
    private final ReadOnlyObjectWrapper<RunPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<IterationMetrics> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");

    private final javafx.beans.property.ObjectProperty<Pace> pace =
            new javafx.beans.property.SimpleObjectProperty<>(this, "pace", Pace.FULL);
    private final ReadOnlyObjectWrapper<PreparationProgress> preparation = new ReadOnlyObjectWrapper<>(this, "preparation");

    private RunEventQueue queue;
    /** The history the current model was restored with; saved again while the model has not trained further. */
    private CheckpointHistory restoredHistory = new CheckpointHistory(List.of(), List.of());
    private int generation;
    /** The preparation in flight, cancelled when a newer one starts or the user cancels. */
    private CancellablePreparation preparing;

    public LessonRunner(Lesson lesson, BackgroundWorker worker, Executor fx) {
        this.lesson = lesson;
        this.worker = worker;
        this.fx = fx;
        this.ticker = new FxTicker(UPDATE_HZ, fx, this::drain);
        pace.addListener((obs, old, now) -> ifRun(current -> current.setPace(paceOrFull())));
    }

    /**
     * How fast training steps go: full speed, or slowed so each update can be watched. Applies at
     * once to the current run and to every later one on this page.
     */
    public javafx.beans.property.ObjectProperty<Pace> paceProperty() {
        return pace;
    }

    private Pace paceOrFull() {
        return pace.get() == null ? Pace.FULL : pace.get();
    }

    public Lesson lesson() {
        return lesson;
    }

    public void addObserver(Observer observer) {
        observers.add(observer);
    }

    // ---- read-only state ------------------------------------------------------------------

    public ReadOnlyObjectProperty<RunPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public RunPhase phase() {
        return phase.get();
    }

    /** The current run, or null before one is prepared. */
    public ReadOnlyObjectProperty<TrainingRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The settings the current model was built with. */
    public ReadOnlyObjectProperty<Settings> runSettingsProperty() {
        return runSettings.getReadOnlyProperty();
    }

    /** Epochs and iterations of the current model's run, or null. */
    public ReadOnlyObjectProperty<RunPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The most recent iteration of the current run, or null. */
    public ReadOnlyObjectProperty<IterationMetrics> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** What a long preparation is doing now (step and fraction), or null when none is under way. */
    public ReadOnlyObjectProperty<PreparationProgress> preparationProperty() {
        return preparation.getReadOnlyProperty();
    }

    /** The sub-steps the current model offers ("Step D", "Step G"), none before a model exists. */
    public List<SubStep> subSteps() {
        TrainingRun current = run.get();
        return current == null ? List.of() : current.subSteps();
    }

    /** A message for the student when preparing or training went wrong; null when all is well. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void clearFailure() {
        failure.set(null);
    }

    // ---- controls -------------------------------------------------------------------------

    /** Trains the prepared model if it is untouched and built with these settings; otherwise a fresh one. */
    public void train(Settings settings) {
        TrainingRun current = run.get();
        if (current != null && phase.get() == RunPhase.READY && settings.equals(runSettings.get())) {
            failure.set(null);
            current.start();
            return;
        }
        prepare(progress -> Prepared.of(lesson.prepare(settings, progress), settings), Swap.RETIRE_FIRST).thenAccept(TrainingRun::start);
    }

    /**
     * The parameters the current run can change while it trains (at the next iteration); empty
     * without a run. The form keeps these editable during a run and marks the others.
     */
    public java.util.Set<String> liveParameters() {
        TrainingRun current = run.get();
        return current == null ? java.util.Set.of() : current.liveParameters();
    }

    /**
     * Applies settings that differ from the run's only in live parameters to the running or paused
     * run; they take effect at its next iteration and become {@link #runSettingsProperty()}. Fails
     * (without changing anything) for settings that need a new run or when there is no run.
     */
    public CompletableFuture<Settings> applyLive(Settings settings) {
        TrainingRun current = run.get();
        if (current == null || !(phase.get() == RunPhase.RUNNING || phase.get() == RunPhase.PAUSED)) {
            return CompletableFuture.failedFuture(new IllegalStateException("no run is training"));
        }
        return current.changeSettings(settings).thenApplyAsync(applied -> {
            if (run.get() == current) {
                runSettings.set(applied);
            }
            return applied;
        }, fx);
    }

    public void pause() {
        ifRun(TrainingRun::pause);
    }

    public void resume() {
        ifRun(TrainingRun::resume);
    }

    public void togglePause() {
        switch (phase.get()) {
            case RUNNING -> pause();
            case PAUSED -> resume();
            default -> {
            }
        }
    }

    /** One iteration; prepares a model first when there is none to continue. */
    public void step(Settings settings) {
        TrainingRun current = run.get();
        boolean continuable = current != null && (phase.get() == RunPhase.PAUSED
                || phase.get() == RunPhase.READY && Objects.equals(settings, runSettings.get()));
        if (continuable) {
            current.stepIteration();
        } else if (settings != null) {
            prepare(progress -> Prepared.of(lesson.prepare(settings, progress), settings), Swap.RETIRE_FIRST)
                    .thenAccept(TrainingRun::stepIteration);
        }
    }

    /** One named sub-step of the current model (as one iteration), then pause. */
    public void stepSub(String subStepId) {
        TrainingRun current = run.get();
        if (current != null && (phase.get() == RunPhase.PAUSED || phase.get() == RunPhase.READY)) {
            current.stepSub(subStepId);
        }
    }

    /** Stops the run, or cancels the preparation under way. */
    public void stop() {
        if (phase.get() == RunPhase.PREPARING && preparing != null) {
            preparing.cancel();
            return;
        }
        ifRun(TrainingRun::stop);
    }

    /** Throws the current model away and prepares a fresh one (or none when {@code settings} is null). */
    public void reset(Settings settings) {
        if (settings == null) {
            generation++;
            retire();
            phase.set(RunPhase.EMPTY);
            latest.set(null);
            return;
        }
        prepare(progress -> Prepared.of(lesson.prepare(settings, progress), settings), Swap.RETIRE_FIRST);
    }

    /**
     * Loads a checkpoint in the background and makes its model the current one, ready to inspect
     * or train on. The current model stays until the checkpoint has loaded, so a bad file leaves
     * everything as it was (and says why in {@link #failureProperty()}).
     */
    public CompletableFuture<Settings> loadCheckpoint(Path file) {
        return prepare(progress -> {
            Checkpoints.Checkpoint checkpoint = Checkpoints.load(file);
            if (!checkpoint.lessonId().equals(lesson.id())) {
                throw new LessonException("'" + file.getFileName() + "' was saved by the '" + checkpoint.lessonId()
                        + "' lesson, not by " + lesson.info().title() + ".");
            }
            LessonSession session = lesson.restore(checkpoint);
            return Prepared.of(session, session.settings(), historyOf(file));
        }, Swap.KEEP_UNTIL_READY).thenApply(attached -> runSettings.get());
    }

    /** Saves the current model on the training thread (between iterations while training). */
    public CompletableFuture<Path> saveCheckpoint(Path file) {
        TrainingRun current = run.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("There is no model to save yet."));
        }
        CheckpointHistory restored = restoredHistory;
        return current.inspect(session -> {
            try {
                session.saveCheckpoint(file);
                CheckpointHistory trained = CheckpointHistory.of(current.history());
                Checkpoints.attachHistory(file, trained.isEmpty() ? restored : trained);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (LessonException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** What exporting says when no iteration has been trained: a header-only table is no result. */
    public static final String NOTHING_TO_EXPORT = "Nothing to export yet — train first (Train or Step), then export the run's history.";

    /** Writes the current run's iteration and epoch metrics as CSV, in the background; refuses an empty run. */
    public CompletableFuture<Path> exportHistory(Path file) {
        TrainingRun current = run.get();
        if (current == null || current.history().iterations().isEmpty() && current.history().epochs().isEmpty()) {
            return CompletableFuture.failedFuture(new LessonException(NOTHING_TO_EXPORT));
        }
        return worker.submit(() -> {
            current.history().writeCsv(file);
            return file;
        });
    }

    /** Stops training and releases the model, in the background. */
    public void close() {
        generation++;
        ticker.stop();
        retire();
    }

    // ---- internals ------------------------------------------------------------------------

    private void ifRun(Consumer<TrainingRun> action) {
        TrainingRun current = run.get();
        if (current != null) {
            action.accept(current);
        }
    }

    /** How a new model replaces the current one. */
    private enum Swap {
        /** Stop and drop the current model before making the new one (saves CPU). */
        RETIRE_FIRST,
        /** Keep the current model until the new one is ready; a failure leaves it in place. */
        KEEP_UNTIL_READY
    }

    /** Builds a session, reporting progress to (and stopping when cancelled through) the preparation. */
    @FunctionalInterface
    private interface Maker {
        Prepared make(Preparation progress) throws Exception;
    }

    /** Makes a session in the background and attaches it; completes on the FX thread. */
    private CompletableFuture<TrainingRun> prepare(Maker make, Swap swap) {
        int ticket = ++generation;
        if (preparing != null) {
            preparing.cancel();
        }
        CancellablePreparation progress = new CancellablePreparation(update -> fx.execute(() -> {
            if (ticket == generation) {
                preparation.set(update);
            }
        }));
        preparing = progress;
        failure.set(null);
        if (swap == Swap.RETIRE_FIRST) {
            retire();
            latest.set(null);
            phase.set(RunPhase.PREPARING);
        }
        CompletableFuture<TrainingRun> ready = new CompletableFuture<>();
        worker.submit(() -> make.make(progress)).whenCompleteAsync((prepared, error) -> {
            if (ticket == generation) {
                preparation.set(null);
                preparing = null;
            }
            if (ticket != generation) {
                if (prepared != null) {
                    worker.submit(() -> {
                        prepared.session().close();
                        return null;
                    });
                }
                ready.cancel(false);
                return;
            }
            if (error != null) {
                // A failed load keeps the current model; with none (a preparation it replaced was
                // dropped), the page must not stay "Preparing…" with its controls disabled.
                if (swap == Swap.RETIRE_FIRST || run.get() == null) {
                    phase.set(RunPhase.EMPTY);
                }
                if (!progress.isCancelled()) {
                    failure.set(describe(error));
                }
                ready.completeExceptionally(error);
                return;
            }
            retire();
            latest.set(null);
            ready.complete(attach(prepared));
        }, fx);
        return ready;
    }

    private TrainingRun attach(Prepared prepared) {
        TrainingRun created = new TrainingRun(lesson, prepared.session());
        created.setPace(paceOrFull());
        queue = new RunEventQueue();
        created.addListener(queue);
        runSettings.set(prepared.settings());
        plan.set(prepared.plan());
        run.set(created);
        phase.set(RunPhase.READY);
        restoredHistory = prepared.history();
        for (Observer observer : observers) {
            observer.runAttached(created);
        }
        if (!restoredHistory.isEmpty()) {
            // A loaded model shows the curves of the run that trained it, and where that run ended.
            RunUpdate past = new RunUpdate(restoredHistory.iterations(), restoredHistory.epochs(), List.of(), null, null, null);
            restoredHistory.lastIteration().ifPresent(latest::set);
            for (Observer observer : observers) {
                try {
                    observer.update(created, past);
                } catch (RuntimeException e) {
                    LOG.error("a view failed to show a restored run's history", e);
                }
            }
        }
        ticker.start();
        return created;
    }

    /** The run history a checkpoint holds; a damaged one is left out (the model itself loaded fine). */
    private static CheckpointHistory historyOf(Path file) {
        try {
            return Checkpoints.history(file).orElse(new CheckpointHistory(List.of(), List.of()));
        } catch (LessonException e) {
            LOG.warn("loading the model without its curves: {}", e.getMessage());
            return new CheckpointHistory(List.of(), List.of());
        }
    }

    /** Detaches the current run and closes it in the background (closing waits for its thread). */
    private void retire() {
        TrainingRun old = run.get();
        if (old == null) {
            return;
        }
        old.removeListener(queue);
        queue = null;
        run.set(null);
        runSettings.set(null);
        plan.set(null);
        worker.submit(() -> {
            old.close();
            return null;
        });
    }

    /** Moves queued events to the screen; called by the ticker on the FX thread. */
    private void drain() {
        TrainingRun current = run.get();
        if (current == null || queue == null) {
            ticker.stop();
            return;
        }
        var events = queue.drain();
        if (events.isEmpty()) {
            return;
        }
        RunUpdate update = RunUpdate.of(events);
        update.lastIteration().ifPresent(latest::set);
        update.failed().ifPresent(failed -> failure.set(failed.message()));
        for (Observer observer : observers) {
            try {
                observer.update(current, update);
            } catch (RuntimeException e) {
                LOG.error("a view failed to show training progress", e);
            }
        }
        update.newState().map(RunPhase::of).ifPresent(phase::set);
        if (update.newState().filter(RunState::isTerminal).isPresent()) {
            LOG.info("run of {} ended: {} ({})", lesson.id(), update.state(), throughput(current));
            ticker.stop();
        }
    }

    /** Mean training throughput of a run, for the log (the benchmark compares it with the CLI's). */
    private static String throughput(TrainingRun run) {
        var speed = run.meanSamplesPerSecond();
        return speed.isEmpty() ? "no iterations" : String.format(java.util.Locale.ROOT,
                "%d iterations, %.0f samples/s of training time", run.history().iterations().size(), speed.getAsDouble());
    }

    /** A message for the student about a failed background task; unexpected errors are logged with their stack. */
    public static String describe(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof LessonException) {
            LOG.warn("{}", cause.getMessage());
            return cause.getMessage();
        }
        LOG.error("background work failed", cause);
        String message = cause.getMessage();
        return "Something went wrong: " + cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
