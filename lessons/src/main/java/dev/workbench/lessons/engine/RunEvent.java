package dev.workbench.lessons.engine;

import java.util.Map;

/**
 * What a {@link TrainingRun} tells its listeners. Plain immutable values only: these cross to
 * the UI thread, so nothing here may refer to ND4J arrays. Metric values are keyed by the ids the
 * lesson declared in its {@link Metrics}.
 */
public sealed interface RunEvent {

    record StateChanged(RunState previous, RunState current) implements RunEvent {
    }

    /**
     * One parameter update (or one named sub-step) is done.
     *
     * @param epoch             1-based epoch
     * @param iteration         1-based count of updates since the run started
     * @param totalIterations   updates the whole run will make
     * @param loss              the training loss of this update
     * @param values            further per-iteration values the lesson declared (may be empty)
     * @param samplesPerSecond  recent training throughput
     * @param etaSeconds        estimated time to the end of the run, training time only
     * @param trainingSeconds   time spent in training iterations so far (pauses and evaluation excluded)
     */
    record IterationMetrics(int epoch, int totalEpochs, long iteration, long totalIterations, double loss,
                            Map<String, Double> values, double samplesPerSecond, double etaSeconds,
                            double trainingSeconds) implements RunEvent {
        public IterationMetrics {
            values = Map.copyOf(values);
        }

        /** A declared per-iteration value ({@code "loss"} included), NaN if not reported. */
        public double value(String id) {
            if (id.equals(Metrics.LOSS.id())) {
                return loss;
            }
            Double value = values.get(id);
            return value == null ? Double.NaN : value;
        }
    }

    /**
     * An epoch is done.
     *
     * @param values the lesson's epoch metrics by id, including the engine's {@code train-loss}
     */
    record EpochMetrics(int epoch, long iteration, Map<String, Double> values, double seconds) implements RunEvent {
        public EpochMetrics {
            values = Map.copyOf(values);
        }

        /** A declared epoch value, NaN where the lesson did not measure it. */
        public double value(String id) {
            Double value = values.get(id);
            return value == null ? Double.NaN : value;
        }
    }

    /** A lesson's live probe produced a record (gradient norms, samples, a decision boundary...). */
    record ProbeSample(String probeId, int epoch, long iteration, ProbeRecord record) implements RunEvent {
    }

    /**
     * Early stopping ended the run after {@code stopEpoch} (at {@code stopIteration}): {@code metric}
     * did not improve for {@code patience} epochs, or the run ended; the parameters of
     * {@code bestEpoch} were restored.
     */
    record EarlyStopped(int stopEpoch, long stopIteration, int bestEpoch, String metric, double bestValue, int patience) implements RunEvent {
    }

    /** The run ended with an error; {@code message} is meant for the student. */
    record RunFailed(FailureKind kind, long iteration, String message) implements RunEvent {
    }

    enum FailureKind {
        /** The loss became NaN/Infinity or exploded. */
        DIVERGED,
        /** Anything else went wrong. */
        ERROR
    }
}
