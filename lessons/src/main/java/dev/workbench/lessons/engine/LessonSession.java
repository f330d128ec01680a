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

    /** Measures the model at the end of an epoch. */
    EpochEvaluation evaluate();

    /**
     * The settings most likely to blame when the loss blows up, in words a student understands,
     * e.g. "learning rate 0.5 with SGD".
     */
    String divergenceHint();

    /** Writes the trained model and its settings so that it can be loaded again. */
    void saveCheckpoint(Path file) throws IOException;

    /** Accuracy on the held-out test set, for lessons that classify. */
    default java.util.OptionalDouble testAccuracy() {
        return java.util.OptionalDouble.empty();
    }

    @Override
    default void close() {
    }
}
