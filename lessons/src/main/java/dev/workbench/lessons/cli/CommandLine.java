package dev.workbench.lessons.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits arguments into positional words and {@code --name value} / {@code --name=value}
 * options. An option followed by another option or by nothing has no value: a switch, or a
 * mistake for options that need one.
 */
final class CommandLine {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    CommandLine(List<String> args) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size() && !isOption(args.get(i + 1))) {
                value = args.get(++i);
            } else {
                value = null;
            }
            if (name.isEmpty()) {
                throw new UsageException("'--' must be followed by an option name");
            }
            if (options.containsKey(name)) {
                throw new UsageException("option --" + name + " is given twice");
            }
            options.put(name, value);
        }
    }

    private static boolean isOption(String arg) {
        // "-1e-3" is a value, "--lr" is an option
        return arg.startsWith("--");
    }

    List<String> positional() {
        return positional;
    }

    /** Removes and returns an option that needs a value, or {@code fallback} when absent. */
    String take(String name, String fallback) throws UsageException {
        if (!options.containsKey(name)) {
            return fallback;
        }
        String value = options.remove(name);
        if (value == null) {
            throw new UsageException("--" + name + " needs a value");
        }
        return value;
    }

    /** Removes and returns an option that needs a value, or null when absent. */
    String takeValue(String name) throws UsageException {
        return take(name, null);
    }

    /** A switch: given alone, or with yes/no, true/false, on/off; anything else is refused. */
    boolean takeSwitch(String name) throws UsageException {
        if (!options.containsKey(name)) {
            return false;
        }
        String value = options.remove(name);
        if (value == null) {
            return true;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new UsageException("--" + name + " is a switch: give it alone (or yes/no), not '"
                    + Shorten.text(value) + "'");
        };
    }

    long takeLong(String name, long fallback) throws UsageException {
        String value = take(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    /** What is left after the command took its own options; a value is null where none was given. */
    Map<String, String> remaining() {
        return options;
    }
}
