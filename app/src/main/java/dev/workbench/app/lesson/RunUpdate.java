package dev.workbench.app.lesson;

import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
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
public record RunUpdate(List<IterationMetrics> iterations, List<EpochMetrics> epochs, List<ProbeSample> probes,
                        RunEvent.EarlyStopped earlyStopped, RunState state, RunFailed failure) {
    public RunUpdate {
        iterations = List.copyOf(iterations);
        epochs = List.copyOf(epochs);
        probes = List.copyOf(probes);
    }


    public static RunUpdate of(List<RunEvent> events) {
        List<IterationMetrics> iterations = new ArrayList<>();
        List<EpochMetrics> epochs = new ArrayList<>();
        List<ProbeSample> probes = new ArrayList<>();
        RunEvent.EarlyStopped earlyStop = null;
        RunState state = null;
        RunFailed failure = null;
        for (RunEvent event : events) {
            if (event instanceof IterationMetrics it) {
                iterations.add(it);
            } else if (event instanceof EpochMetrics ep) {
                epochs.add(ep);
            } else if (event instanceof ProbeSample sample) {
                probes.add(sample);
            } else if (event instanceof RunEvent.EarlyStopped stopped) {
                earlyStop = stopped;
            } else if (event instanceof StateChanged change) {
                state = change.current();
            } else if (event instanceof RunFailed failed) {
                failure = failed;
            }
        }
        return new RunUpdate(iterations, epochs, probes, earlyStop, state, failure);
    }

    public Optional<RunState> newState() {
        return Optional.ofNullable(state);
    }

    public Optional<RunEvent.EarlyStopped> earlyStop() {
        return Optional.ofNullable(earlyStopped);
    }

    public Optional<RunFailed> failed() {
        return Optional.ofNullable(failure);
    }

    public Optional<IterationMetrics> lastIteration() {
        return iterations.isEmpty() ? Optional.empty() : Optional.of(iterations.get(iterations.size() - 1));
    }
}
