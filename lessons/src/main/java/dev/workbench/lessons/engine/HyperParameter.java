package dev.workbench.lessons.engine;

import java.util.List;

/**
 * One tunable setting of a lesson, with its default, its allowed values and a parser that
 * explains what is wrong with a bad value. Forms and the CLI are generated from these.
 */
public sealed interface HyperParameter
        permits HyperParameter.DecimalParameter, HyperParameter.IntegerParameter,
        HyperParameter.ChoiceParameter, HyperParameter.FlagParameter, HyperParameter.TextParameter {

    /** Command-line name, e.g. {@code learning-rate}. */
    String name();

    String label();

    String description();

    /** Other accepted command-line names, e.g. {@code lr}. */
    List<String> aliases();

    Object defaultValue();

    /** Parses and checks a value typed by a person. */
    Object parse(String text) throws InvalidValueException;

    /** A short description of what is allowed, e.g. {@code 1e-05 .. 1} or {@code sgd | adam}. */
    String allowed();

    default String format(Object value) {
        return String.valueOf(value);
    }

    default boolean answersTo(String key) {
        return name().equals(key) || aliases().contains(key);
    }

    /** A bad value; the message says what is allowed. */
    /** A value as echoed in a message: long ones cut, so a pasted file does not come back in full. */
    static String shortened(String text) {
        int max = 60;
        return text.length() <= max ? text : text.substring(0, max - 1) + "… (" + text.length() + " characters)";
    }

    final class InvalidValueException extends Exception {
        public InvalidValueException(String message) {
            super(message);
        }
    }

    /** A real number in [min, max]; {@code logScale} suggests a log slider. */
    record DecimalParameter(String name, String label, String description, List<String> aliases,
                            Double defaultValue, double min, double max, boolean logScale) implements HyperParameter {
        public DecimalParameter {
            aliases = List.copyOf(aliases);
            if (!(min <= defaultValue && defaultValue <= max)) {
                throw new IllegalArgumentException(name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
            }
        }

        @Override
        public Double parse(String text) throws InvalidValueException {
            double value;
            try {
                value = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw new InvalidValueException(label + " must be a number (" + allowed() + "), not '" + shortened(text) + "'");
            }
            if (!Double.isFinite(value) || value < min || value > max) {
                throw new InvalidValueException(label + " must be between " + Numbers.compact(min) + " and "
                        + Numbers.compact(max) + ", not " + shortened(text.trim()));
            }
            return value;
        }

        @Override
        public String allowed() {
            return Numbers.compact(min) + " .. " + Numbers.compact(max);
        }

        @Override
        public String format(Object value) {
            return Numbers.compact((Double) value);
        }
    }

    /** A whole number in [min, max]. */
    record IntegerParameter(String name, String label, String description, List<String> aliases,
                            Integer defaultValue, int min, int max) implements HyperParameter {
        public IntegerParameter {
            aliases = List.copyOf(aliases);
            if (defaultValue < min || defaultValue > max) {
                throw new IllegalArgumentException(name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
            }
        }

        @Override
        public Integer parse(String text) throws InvalidValueException {
            int value;
            try {
                value = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new InvalidValueException(label + " must be a whole number (" + allowed() + "), not '" + shortened(text) + "'");
            }
            if (value < min || value > max) {
                throw new InvalidValueException(label + " must be between " + min + " and " + max + ", not " + value);
            }
            return value;
        }

        @Override
        public String allowed() {
            return min + " .. " + max;
        }
    }

    /** One of a fixed list of names. */
    /**
     * One of a fixed list of names. {@code displayNames} gives a choice the name people read on
     * screen ("Adam" for {@code adam}); without one, a choice is shown as typed.
     */
    record ChoiceParameter(String name, String label, String description, List<String> aliases,
                           String defaultValue, List<String> choices, java.util.Map<String, String> displayNames)
            implements HyperParameter {
        public ChoiceParameter {
            aliases = List.copyOf(aliases);
            choices = List.copyOf(choices);
            displayNames = java.util.Map.copyOf(displayNames);
            if (!choices.contains(defaultValue)) {
                throw new IllegalArgumentException(name + ": default " + defaultValue + " not among " + choices);
            }
            if (!choices.containsAll(displayNames.keySet())) {
                throw new IllegalArgumentException(name + ": display names for choices it lacks: " + displayNames.keySet());
            }
        }

        /** A choice shown as typed. */
        public ChoiceParameter(String name, String label, String description, List<String> aliases,
                               String defaultValue, List<String> choices) {
            this(name, label, description, aliases, defaultValue, choices, java.util.Map.of());
        }

        /** The name a person reads for {@code choice} (the settings form, the Compare tab's lanes). */
        public String displayName(String choice) {
            return displayNames.getOrDefault(choice, choice);
        }

        @Override
        public String parse(String text) throws InvalidValueException {
            String value = text.trim().toLowerCase(java.util.Locale.ROOT);
            if (!choices.contains(value)) {
                throw new InvalidValueException(label + " must be one of " + allowed() + ", not '" + shortened(text) + "'");
            }
            return value;
        }

        @Override
        public String allowed() {
            return String.join(" | ", choices);
        }
    }

    /** On or off. */
    record FlagParameter(String name, String label, String description, List<String> aliases,
                         Boolean defaultValue) implements HyperParameter {
        public FlagParameter {
            aliases = List.copyOf(aliases);
        }

        @Override
        public Boolean parse(String text) throws InvalidValueException {
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "on", "yes", "1" -> true;
                case "false", "off", "no", "0" -> false;
                default -> throw new InvalidValueException(label + " must be on or off (true | false), not '" + shortened(text) + "'");
            };
        }

        @Override
        public String allowed() {
            return "true | false";
        }
    }

    /** Free text, e.g. a folder; an empty value means "use the default". {@code check} may refuse a value. */
    record TextParameter(String name, String label, String description, List<String> aliases,
                         String defaultValue, TextCheck check) implements HyperParameter {
        /** No setting needs more; a longer value is a mistake (a pasted file, a runaway script). */
        public static final int MAX_TEXT_LENGTH = 4096;

        public TextParameter {
            aliases = List.copyOf(aliases);
        }

        public TextParameter(String name, String label, String description, List<String> aliases, String defaultValue) {
            this(name, label, description, aliases, defaultValue, text -> null);
        }

        @Override
        public String parse(String text) throws InvalidValueException {
            String value = text.trim();
            if (value.length() > MAX_TEXT_LENGTH) {
                throw new InvalidValueException(label + ": too long (" + value.length() + " characters; at most "
                        + MAX_TEXT_LENGTH + ")");
            }
            String problem = check.problem(value);
            if (problem != null) {
                throw new InvalidValueException(label + ": " + problem);
            }
            return value;
        }

        @Override
        public String allowed() {
            return "text";
        }
    }

    /** Says what is wrong with a text value, or null when it is fine. */
    @FunctionalInterface
    interface TextCheck {
        String problem(String value);
    }
}
