package dev.workbench.lessons.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Validated values for one lesson's hyperparameters plus the seed that makes a run reproducible.
 * Build them with {@link Validation}; every value here has passed its parameter's checks.
 */
public record Settings(String lessonId, Map<String, Object> values, long seed) {
    /** The seed every run uses unless the user picks another. */
    public static final long DEFAULT_SEED = 42L;

    public Settings {
        Objects.requireNonNull(lessonId, "lessonId");
        values = Map.copyOf(values);
    }

    public double decimal(String name) {
        return ((Number) require(name)).doubleValue();
    }

    public int integer(String name) {
        return ((Number) require(name)).intValue();
    }

    public String choice(String name) {
        return (String) require(name);
    }

    public String text(String name) {
        return (String) require(name);
    }

    public boolean flag(String name) {
        return (Boolean) require(name);
    }

    public Settings with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new Settings(lessonId, copy, seed);
    }

    public Settings withSeed(long newSeed) {
        return new Settings(lessonId, values, newSeed);
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("lesson " + lessonId + " has no setting '" + name + "'");
        }
        return value;
    }
}
