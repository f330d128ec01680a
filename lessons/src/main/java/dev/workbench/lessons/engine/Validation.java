package dev.workbench.lessons.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of checking raw text values against a lesson's parameters: either settings ready
 * to train with, or one message per bad value. Missing values take their defaults.
 */
public final class Validation {
    private final Settings settings;
    private final Map<String, String> errors;

    private Validation(Settings settings, Map<String, String> errors) {
        this.settings = settings;
        this.errors = Collections.unmodifiableMap(errors);
    }

    public static Validation of(String lessonId, List<HyperParameter> parameters, Map<String, String> rawValues, long seed) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (HyperParameter parameter : parameters) {
            String raw = rawValues.get(parameter.name());
            if (raw == null) {
                values.put(parameter.name(), parameter.defaultValue());
                continue;
            }
            try {
                values.put(parameter.name(), parameter.parse(raw));
            } catch (HyperParameter.InvalidValueException e) {
                errors.put(parameter.name(), e.getMessage());
            }
        }
        for (String key : rawValues.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(key))) {
                errors.put(key, "unknown setting '" + key + "'");
            }
        }
        Settings settings = errors.isEmpty() ? new Settings(lessonId, values, seed) : null;
        return new Validation(settings, errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public Optional<Settings> settings() {
        return Optional.ofNullable(settings);
    }

    /** Parameter name to message, in parameter order. */
    public Map<String, String> errors() {
        return errors;
    }

    public Settings orElseThrow() {
        if (settings == null) {
            throw new IllegalArgumentException(String.join("; ", errors.values()));
        }
        return settings;
    }
}
