package dev.workbench.app.autoencoder;

import dev.workbench.app.lesson.LessonRunner;
import dev.workbench.lessons.autoencoder.AutoencoderSession;
import dev.workbench.lessons.engine.TrainingRun;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of question to the model (decode this point, the map, the anomaly scores) with at most
 * one in flight: a question asked while another is out replaces any earlier waiting one, so a drag
 * across the map sends the latest point, not a queue of stale ones. Questions run on the training
 * thread through {@link TrainingRun#inspect}; answers are shown on the FX thread only if the run is
 * still the page's current one. Used on the FX thread only.
 */
final class QuerySlot<T> {
    private final Supplier<TrainingRun> current;
    private final Executor fx;
    private final Consumer<String> reportError;
    private boolean inFlight;
    private Function<AutoencoderSession, T> waitingQuery;
    private Consumer<T> waitingShow;

    QuerySlot(Supplier<TrainingRun> current, Executor fx, Consumer<String> reportError) {
        this.current = current;
        this.fx = fx;
        this.reportError = reportError;
    }

    void ask(Function<AutoencoderSession, T> query, Consumer<T> show) {
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
        target.inspect(session -> query.apply((AutoencoderSession) session)).whenCompleteAsync((value, error) -> {
            inFlight = false;
            if (target == current.get() && !target.isClosed()) {
                if (error != null) {
                    reportError.accept("Could not ask the autoencoder: " + LessonRunner.describe(error));
                } else {
                    show.accept(value);
                }
            }
            if (waitingQuery != null) {
                Function<AutoencoderSession, T> next = waitingQuery;
                Consumer<T> nextShow = waitingShow;
                waitingQuery = null;
                waitingShow = null;
                ask(next, nextShow);
            }
        }, fx);
    }
}
