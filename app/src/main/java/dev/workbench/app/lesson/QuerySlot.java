package dev.workbench.app.lesson;

import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.TrainingRun;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of question to a lesson's model (decode this point, forecast from here, sample text) with at most
 * one in flight: a question asked while another is out replaces any earlier waiting one, so a drag
 * across the map sends the latest point, not a queue of stale ones. Questions run on the training
 * thread through {@link TrainingRun#inspect}; answers are shown on the FX thread only if the run is
 * still the page's current one. Used on the FX thread only.
 */
public final class QuerySlot<S extends LessonSession, T> {
    private final Class<S> sessionType;
    private final Supplier<TrainingRun> current;
    private final Executor fx;
    private final Consumer<String> reportError;
    private boolean inFlight;
    private Function<S, T> waitingQuery;
    private Consumer<T> waitingShow;

    public QuerySlot(Class<S> sessionType, Supplier<TrainingRun> current, Executor fx, Consumer<String> reportError) {
        this.sessionType = sessionType;
        this.current = current;
        this.fx = fx;
        this.reportError = reportError;
    }

    public void ask(Function<S, T> query, Consumer<T> show) {
        TrainingRun target = current.get();
        if (target == null || target.isClosed()) {
            return;
        }
        if (inFlight) {
            waitingQuery = query;
            waitingShow = show;
            return;
        }
        inFlight = true;
        target.inspect(session -> query.apply(sessionType.cast(session))).whenCompleteAsync((value, error) -> {
            inFlight = false;
            if (target == current.get() && !target.isClosed()) {
                if (error != null) {
                    reportError.accept("Could not ask the model: " + LessonRunner.describe(error));
                } else {
                    show.accept(value);
                }
            }
            if (waitingQuery != null) {
                Function<S, T> next = waitingQuery;
                Consumer<T> nextShow = waitingShow;
                waitingQuery = null;
                waitingShow = null;
                ask(next, nextShow);
            }
        }, fx);
    }
}
