package dev.workbench.lessons.engine;

import java.util.List;
import java.util.Map;

/**
 * A lesson is a plug-in: it describes itself, declares its hyperparameters and, given valid
 * settings, prepares a session the engine can train.
 */
public interface Lesson {
    LessonInfo info();

    List<HyperParameter> parameters();

    /** Loads data and builds the network. Called off the UI thread; may take a few seconds. */
    LessonSession prepare(Settings settings) throws LessonException;

    /**
     * Like {@link #prepare(Settings)}, for lessons whose preparation takes long (pretraining,
     * building a vocabulary): they report progress and stop when the user cancels.
     */
    default LessonSession prepare(Settings settings, Preparation preparation) throws LessonException {
        preparation.progress("Preparing", Double.NaN);
        return prepare(settings);
    }

    /** The series this lesson reports: charts, race tables, the CLI and the CSV are built from these. */
    default Metrics metrics() {
        return Metrics.lossOnly(Double.NaN);
    }

    /** Live views the lesson streams while training; none by default. */
    default List<ProbeSpec> probes() {
        return List.of();
    }

    /**
     * The series a run with these settings reports: {@link #metrics()} less those it cannot
     * measure (an image GAN's diversity on 2-D points). Charts show only these.
     */
    default Metrics metrics(Settings settings) {
        return metrics();
    }

    /** The live views a run with these settings streams: {@link #probes()} less those it has nothing for. */
    default List<ProbeSpec> probes(Settings settings) {
        return probes();
    }

    /**
     * The id of an {@link ProbeRecord.Kind#IMAGES} probe worth keeping as pictures during a run with
     * these settings (a generator's samples from a fixed noise batch): {@code workbench run} saves
     * its grid as {@code samples-ITERATION.png} in the results folder every {@code --sample-every}
     * iterations. None by default.
     */
    default java.util.Optional<String> savedSamples(Settings settings) {
        return java.util.Optional.empty();
    }

    /**
     * Settings (as raw text, on top of the defaults) under which this lesson's training blows up
     * within its first epoch, e.g. plain SGD at a learning rate far too high. The reliability
     * suite runs them and expects the run to stop as diverged; every lesson must say one.
     */
    default Map<String, String> divergentSettings() {
        return Map.of();
    }

    /**
     * Settings the user gave (on the command line) that would have no effect with the others,
     * e.g. a custom augmentation text while the augmentation is a preset: one message each. The
     * CLI refuses them rather than silently ignore them.
     *
     * @param given the parameter names the user typed
     */
    default List<String> ineffective(Settings settings, java.util.Set<String> given) {
        return List.of();
    }

    /** A fresh divergence rule for one run; the default suits cross-entropy. */
    default DivergenceRule divergenceRule() {
        return new DivergenceDetector();
    }

    /** A session around a model loaded from a checkpoint, ready to inspect or train further. */
    default LessonSession restore(Checkpoints.Checkpoint checkpoint) throws LessonException {
        throw new LessonException("The " + info().title() + " lesson cannot load checkpoints.");
    }

    /**
     * The settings stored in a checkpoint, checked against this lesson's parameters: what every
     * {@link #restore} starts with. A checkpoint with settings this lesson does not accept is refused.
     */
    default Settings checkpointSettings(Checkpoints.Checkpoint checkpoint) throws LessonException {
        Validation validation = validate(checkpoint.rawSettings(), checkpoint.seed());
        if (!validation.isValid()) {
            throw new LessonException("The checkpoint's settings are not valid for this lesson: "
                    + String.join("; ", validation.errors().values()));
        }
        return validation.orElseThrow();
    }

    /**
     * The parameters that may change while a run with these settings trains, taking effect at the
     * next iteration (e.g. the learning rate when no schedule is set); every other parameter needs
     * a new run. The session applies them in {@link LessonSession#applyLiveSettings}. None by default.
     */
    default java.util.Set<String> liveParameters(Settings settings) {
        return java.util.Set.of();
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
