package dev.workbench.lessons.engine;

import java.util.Objects;

/**
 * A live view a lesson streams from the training thread: what it is called, which generic widget
 * can draw it, and how often it is sampled. Computing a probe costs training time, so the engine
 * samples it at most every {@code everyIterations} iterations and at most {@code maxPerSecond}
 * times a second, plus once at the end of every epoch and whenever the run pauses.
 *
 * @param id              stable name, lower case with dashes (also a CSV column prefix)
 * @param label           what a student reads
 * @param kind            the record type the lesson emits, so the app picks a widget for it
 * @param everyIterations sample every this many iterations (at least 1)
 * @param maxPerSecond    and no more often than this (the screen cannot show more)
 */
public record ProbeSpec(String id, String label, ProbeRecord.Kind kind, int everyIterations, double maxPerSecond) {
    public ProbeSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("probe id must be lower-case letters, digits and dashes: " + id);
        }
        if (everyIterations < 1 || !(maxPerSecond > 0)) {
            throw new IllegalArgumentException("probe " + id + " needs everyIterations >= 1 and maxPerSecond > 0");
        }
    }

    public ProbeSpec(String id, String label, ProbeRecord.Kind kind) {
        this(id, label, kind, 10, 4);
    }
}
