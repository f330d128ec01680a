package dev.workbench.app.form;

import dev.workbench.lessons.engine.Settings;

import java.util.Map;
import java.util.Optional;

/**
 * What the form holds right now: settings ready to train with, or a message per bad field
 * (parameter name, or {@link ParameterForm#SEED} for the seed).
 */
public record FormResult(Settings settings, Map<String, String> errors) {
    public FormResult {
        errors = Map.copyOf(errors);
        if ((settings == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("either settings or errors");
        }
    }

    public boolean isValid() {
        return settings != null;
    }

    public Optional<Settings> validSettings() {
        return Optional.ofNullable(settings);
    }

    /** The first problem in form order, for a one-line reason. */
    public Optional<String> firstError(Iterable<String> order) {
        for (String name : order) {
            if (errors.containsKey(name)) {
                return Optional.of(errors.get(name));
            }
        }
        return errors.values().stream().findFirst();
    }
}
