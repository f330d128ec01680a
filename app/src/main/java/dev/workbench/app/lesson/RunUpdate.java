package dev.workbench.app.lesson;

import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunEvent.RunFailed;
import dev.workbench.lessons.engine.RunEvent.StateChanged;
import dev.workbench.lessons.engine.RunState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events of one UI frame, sorted by kind: charts add all iterations at once and redraw once.
 *
 * @param state   the last state the run moved to during the frame, or null
 * @param failure the failure reported during the frame, or null
 */
public record RunUpdate(List<IterationMetrics> iterations, List<EpochMetrics> epochs, RunState state, RunFailed failure) {
    public RunUpdate {
        iterations = List.copyOf(iterations);
        epochs = List.copyOf(epochs);
    }

    public static RunUpdate of(List<RunEvent> events) {
        List<IterationMetrics> iterations = new ArrayList<>();
        List<EpochMetrics> epochs = new ArrayList<>();
        RunState state = null;
        RunFailed failure = null;
        for (RunEvent event : events) {
            if (event instanceof IterationMetrics it) {
                iterations.add(it);
            } else if (event instanceof EpochMetrics ep) {
                epochs.add(ep);
            } else if (event instanceof StateChanged change) {
                state = change.current();
            } else if (event instanceof RunFailed failed) {
                failure = failed;
            }
        }
        return new RunUpdate(iterations, epochs, state, failure);
    }

    public Optional<RunState> newState() {
        return Optional.ofNullable(state);
    }

    public Optional<RunFailed> failed() {
        return Optional.ofNullable(failure);
    }

    public Optional<IterationMetrics> lastIteration() {
        return iterations.isEmpty() ? Optional.empty() : Optional.of(iterations.get(iterations.size() - 1));
    }
}
