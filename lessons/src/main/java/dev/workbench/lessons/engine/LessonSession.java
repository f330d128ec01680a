package dev.workbench.lessons.engine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A prepared lesson: data loaded, network built, ready to be trained one iteration at a time by
 * a {@link TrainingRun}. Every method is called on the run's worker thread only, because ND4J
 * workspaces are bound to the thread that uses them.
 *
 * <p>The engine knows nothing about what is trained: a classifier, a graph with skip connections,
 * a sequence model, an autoencoder or two networks playing against each other all fit, as long as
 * one call to {@link #trainIteration()} does one update and reports a loss.
 */
public interface LessonSession extends AutoCloseable {
    Settings settings();

    int epochs();

    int iterationsPerEpoch();

    /** Training examples consumed by one iteration (for samples/s). */
    int samplesPerIteration();

    /** Called before the first iteration of each epoch (1-based); reshuffles the data. */
    void startEpoch(int epoch);

    /** Performs one parameter update on the next mini-batch and returns its loss. */
    double trainIteration();

    /**
     * Performs one update and reports its loss and any further per-iteration values the lesson
     * declared. The engine calls this; sessions with one loss only implement {@link #trainIteration()}.
     */
    default StepResult trainStep() {
        return StepResult.of(trainIteration());
    }

    /** Named parts of an update the student may trigger alone ("Step D", "Step G"); none by default. */
    default java.util.List<SubStep> subSteps() {
        return java.util.List.of();
    }

    /** Performs the named sub-step as one iteration. */
    default StepResult runSubStep(String id) {
        throw new IllegalArgumentException("this lesson has no sub-step '" + id + "'");
    }

    /**
     * Computes the current value of one of the lesson's declared probes, or empty when it has
     * nothing to show now. Runs on the training thread; copy what ND4J computed into plain values.
     */
    default java.util.Optional<ProbeRecord> probe(String probeId) {
        return java.util.Optional.empty();
    }

    /** A copy of the parameters for early stopping's restore-best; empty if the session cannot. */
    default java.util.Optional<ParameterSnapshot> snapshot() {
        return java.util.Optional.empty();
    }

    /** Measures the model at the end of an epoch, with the epoch metrics the lesson declared. */
    EpochEvaluation evaluate();

    /**
     * The settings most likely to blame when the loss blows up, in words a student understands,
     * e.g. "learning rate 0.5 with SGD".
     */
    String divergenceHint();

    /** What to try after a divergence when the session cannot say more. */
    String GENERIC_DIVERGENCE_ADVICE = "Try a learning rate about 10 times smaller.";

    /**
     * What to try after a divergence, fitting this run: never "try Adam" to a run that uses Adam.
     */
    default String divergenceAdvice() {
        return GENERIC_DIVERGENCE_ADVICE;
    }

    /**
     * Takes settings that differ from {@link #settings()} only in the lesson's live parameters
     * ({@link Lesson#liveParameters}) and applies them to the model, e.g. a new learning rate;
     * {@link #settings()} returns them from now on, so a checkpoint stores what was trained with.
     * Called by {@link TrainingRun#changeSettings} between iterations on the training thread.
     */
    default void applyLiveSettings(Settings settings) {
        throw new UnsupportedOperationException("this lesson cannot change settings during a run");
    }

    /** Writes the trained model and its settings so that it can be loaded again. */
    void saveCheckpoint(Path file) throws IOException;

    /** What the trained model scores on the held-out test set, in the lesson's own terms (accuracy, MAE...). */
    default java.util.List<Measurement> testMeasurements() {
        return java.util.List.of();
    }

    @Override
    default void close() {
    }
}
