package dev.workbench.lessons.engine;

/**
 * What a {@link TrainingRun} tells its listeners. Plain immutable values only: these cross to
 * the UI thread, so nothing here may refer to ND4J arrays.
 */
public sealed interface RunEvent {

    record StateChanged(RunState previous, RunState current) implements RunEvent {
    }

    /**
     * One parameter update is done.
     *
     * @param epoch             1-based epoch
     * @param iteration         1-based count of updates since the run started
     * @param totalIterations   updates the whole run will make
     * @param samplesPerSecond  recent training throughput
     * @param etaSeconds        estimated time to the end of the run, training time only
     * @param trainingSeconds   time spent in training iterations so far (pauses and evaluation excluded)
     */
    record IterationMetrics(int epoch, int totalEpochs, long iteration, long totalIterations, double loss,
                            double samplesPerSecond, double etaSeconds, double trainingSeconds) implements RunEvent {
    }

    /** An epoch is done; accuracy is {@code NaN} for lessons without one. */
    record EpochMetrics(int epoch, long iteration, double trainLoss, double trainAccuracy,
                        double validationLoss, double validationAccuracy, double seconds) implements RunEvent {
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
