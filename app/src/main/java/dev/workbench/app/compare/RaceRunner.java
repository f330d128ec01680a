package dev.workbench.app.compare;

import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.FxTicker;
import dev.workbench.app.lesson.LessonRunner;
import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.race.Race;
import dev.workbench.lessons.race.RaceResult;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The view-model of the Compare tab: prepares a {@link Race} in the background, starts, pauses and
 * stops it, turns its lanes' events into one {@link RaceUpdate} per frame and keeps the results
 * table current. Holds no nodes; every public method is called on the FX thread.
 */
public final class RaceRunner {
    private static final Logger LOG = LoggerFactory.getLogger(RaceRunner.class);
    /** How often queued lane events are moved to the screen (as for a single run). */
    public static final double UPDATE_HZ = LessonRunner.UPDATE_HZ;
    /** The loss whose first crossing the results table times, unless the student picks another. */
    /** Frames between two refreshes of the results while racing (half a second). */
    static final int FRAMES_PER_RESULTS = 10;

    /** Gets race news on the FX thread. */
    public interface Observer {
        /** A new race is prepared and about to start: forget the previous one. */
        default void raceAttached(Race race, RacePlan plan) {
        }

        /** Everything the lanes did since the last frame. */
        default void update(Race race, RaceUpdate update) {
        }
    }

    private final Lesson lesson;
    private final BackgroundWorker worker;
    private final Executor fx;
    private final FxTicker ticker;
    private final List<Observer> observers = new CopyOnWriteArrayList<>();

    private final ReadOnlyObjectWrapper<RacePhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", RacePhase.IDLE);
    private final ReadOnlyObjectWrapper<Race> race = new ReadOnlyObjectWrapper<>(this, "race");
    private final ReadOnlyObjectWrapper<RacePlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<List<RaceRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final ReadOnlyDoubleWrapper targetLoss = new ReadOnlyDoubleWrapper(this, "targetLoss");

    private RaceEventQueue queue;
    private RunState[] states = new RunState[0];
    private double[] samplesPerIteration = new double[0];
    private int generation;
    private long frames;

    public RaceRunner(Lesson lesson, BackgroundWorker worker, Executor fx) {
        this.lesson = lesson;
        this.worker = worker;
        this.targetLoss.set(lesson.metrics().ranking().defaultTarget());
        this.fx = fx;
        this.ticker = new FxTicker(UPDATE_HZ, fx, this::drain);
    }

    public void addObserver(Observer observer) {
        observers.add(observer);
    }

    // ---- read-only state ------------------------------------------------------------------

    public ReadOnlyObjectProperty<RacePhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public RacePhase phase() {
        return phase.get();
    }

    /** The current race, or null before the first is prepared. */
    public ReadOnlyObjectProperty<Race> raceProperty() {
        return race.getReadOnlyProperty();
    }

    /** What the current race runs, or null. */
    public ReadOnlyObjectProperty<RacePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** One row per lane of the current race, refreshed twice a second while it runs. */
    public ReadOnlyObjectProperty<List<RaceRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** A message for the student when a race could not be prepared; null when all is well. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty targetLossProperty() {
        return targetLoss.getReadOnlyProperty();
    }

    /** The states of the current race's lanes, as last reported. */
    public List<RunState> laneStates() {
        return List.of(states);
    }

    // ---- controls -------------------------------------------------------------------------

    /** Prepares the plan's lanes in the background, then starts them; the previous race is closed first. */
    public void start(RacePlan next) {
        if (!phase.get().canStart()) {
            return;
        }
        int ticket = ++generation;
        retire();
        failure.set(null);
        rows.set(List.of());
        phase.set(RacePhase.PREPARING);
        worker.submit(() -> Race.prepare(lesson, next.lanes())).whenCompleteAsync((prepared, error) -> {
            if (ticket != generation) {
                if (prepared != null) {
                    closeLater(prepared);
                }
                return;
            }
            if (error != null) {
                phase.set(RacePhase.IDLE);
                failure.set(LessonRunner.describe(error));
                return;
            }
            attach(prepared, next);
        }, fx);
    }

    public void pause() {
        if (phase.get().canPause()) {
            race.get().pause();
        }
    }

    public void resume() {
        if (phase.get().canResume()) {
            race.get().resume();
        }
    }

    /** Ends every lane after its current iteration; while preparing, abandons the race. */
    public void stop() {
        if (phase.get() == RacePhase.PREPARING) {
            generation++;
            phase.set(RacePhase.IDLE);
        } else if (phase.get().canStop()) {
            race.get().stop();
        }
    }

    /** Changes the value of the ranking metric whose first crossing is timed, and recomputes the results. */
    public void setTargetLoss(double loss) {
        if (!(loss > 0) || Double.isInfinite(loss)) {
            throw new IllegalArgumentException("target loss must be positive: " + loss);
        }
        targetLoss.set(loss);
        refreshRows();
    }

    /** Stops the race and releases its lanes, in the background. */
    public void close() {
        generation++;
        ticker.stop();
        retire();
        phase.set(RacePhase.IDLE);
    }

    // ---- internals ------------------------------------------------------------------------

    private void attach(Race prepared, RacePlan racePlan) {
        int lanes = prepared.lanes().size();
        queue = new RaceEventQueue();
        prepared.addListener(queue);
        prepared.limitTrainingSeconds(racePlan.secondsBudget());
        states = new RunState[lanes];
        Arrays.fill(states, RunState.READY);
        samplesPerIteration = new double[lanes];
        Arrays.fill(samplesPerIteration, Double.NaN);
        frames = 0;
        plan.set(racePlan);
        race.set(prepared);
        for (Observer observer : observers) {
            observer.raceAttached(prepared, racePlan);
        }
        LOG.info("race of {} starts: {}", lesson.id(), racePlan.labels());
        prepared.start();
        phase.set(RacePhase.RUNNING);
        refreshRows();
        ticker.start();
    }

    private void retire() {
        Race old = race.get();
        queue = null;
        if (old == null) {
            return;
        }
        race.set(null);
        plan.set(null);
        rows.set(List.of());
        closeLater(old);
    }

    private void closeLater(Race old) {
        old.stop();
        worker.submit(() -> {
            old.close();
            return null;
        });
    }

    /** Moves queued lane events to the screen; called by the ticker on the FX thread. */
    private void drain() {
        Race current = race.get();
        if (current == null || queue == null) {
            ticker.stop();
            return;
        }
        List<LaneEvent> events = queue.drain();
        frames++;
        if (events.isEmpty()) {
            return;
        }
        RaceUpdate update = RaceUpdate.of(states.length, events);
        for (int lane = 0; lane < update.laneCount(); lane++) {
            RunUpdate laneUpdate = update.lane(lane);
            int index = lane;
            laneUpdate.newState().ifPresent(state -> states[index] = state);
            laneUpdate.iterations().stream().filter(it -> it.iteration() == 1).findFirst()
                    .ifPresent(first -> samplesPerIteration[index] = RaceRow.samplesPerIteration(first));
        }
        for (Observer observer : observers) {
            try {
                observer.update(current, update);
            } catch (RuntimeException e) {
                LOG.error("a view failed to show race progress", e);
            }
        }
        RacePhase next = RacePhase.of(List.of(states));
        if (next == RacePhase.OVER || update.hasMilestones() || frames % FRAMES_PER_RESULTS == 0) {
            refreshRows();
        }
        phase.set(next);
        if (next == RacePhase.OVER) {
            LOG.info("race of {} is over: {}", lesson.id(), List.of(states));
            ticker.stop();
        }
    }

    private void refreshRows() {
        Race current = race.get();
        if (current == null) {
            return;
        }
        List<RaceResult> results = current.results(targetLoss.get());
        List<RaceRow> next = new ArrayList<>();
        for (int lane = 0; lane < results.size(); lane++) {
            next.add(RaceRow.of(lane, results.get(lane), states[lane], samplesPerIteration[lane]));
        }
        rows.set(List.copyOf(next));
    }
}
