package dev.workbench.lessons.engine;

import java.util.Objects;

/**
 * A named part of an update a lesson lets the student trigger alone, e.g. "Step D" and "Step G"
 * in a GAN. The run controls, the keyboard and the CLI can trigger it; it counts as one iteration.
 *
 * @param id    stable name, lower case with dashes
 * @param label button text
 * @param key   the keyboard key that triggers it in the app (a letter or digit)
 */
public record SubStep(String id, String label, String key) {
    public SubStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("sub-step id must be lower-case letters, digits and dashes: " + id);
        }
    }
}
