package dev.workbench.lessons.engine;

import java.util.List;

/**
 * A lesson is a plug-in: it describes itself, declares its hyperparameters and, given valid
 * settings, prepares a session the engine can train.
 */
public interface Lesson {
    LessonInfo info();

    List<HyperParameter> parameters();

    /** Loads data and builds the network. Called off the UI thread; may take a few seconds. */
    LessonSession prepare(Settings settings) throws LessonException;

    /** A session around a model loaded from a checkpoint, ready to inspect or train further. */
    default LessonSession restore(Checkpoints.Checkpoint checkpoint) throws LessonException {
        throw new LessonException("The " + info().title() + " lesson cannot load checkpoints.");
    }

    /** Ready-made side-by-side experiments this lesson offers (besides the optimizer race). */
    default List<Comparison> comparisons() {
        return List.of();
    }

    default String id() {
        return info().id();
    }

    /** Validates raw text values (from a form or the command line) against {@link #parameters()}. */
    default Validation validate(java.util.Map<String, String> rawValues, long seed) {
        return Validation.of(id(), parameters(), rawValues, seed);
    }
}
