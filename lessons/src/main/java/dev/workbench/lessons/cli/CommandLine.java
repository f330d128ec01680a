package dev.workbench.lessons.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits arguments into positional words and {@code --name value} / {@code --name=value}
 * options. An option followed by another option or by nothing is a switch ("true").
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
                value = "true";
            }
            if (name.isEmpty()) {
                throw new UsageException("'--' must be followed by an option name");
            }
            if (options.put(name, value) != null) {
                throw new UsageException("option --" + name + " is given twice");
            }
        }
    }

    private static boolean isOption(String arg) {
        // "-1e-3" is a value, "--lr" is an option
        return arg.startsWith("--");
    }

    List<String> positional() {
        return positional;
    }

    /** Removes and returns an option, or {@code fallback} when absent. */
    String take(String name, String fallback) {
        String value = options.remove(name);
        return value == null ? fallback : value;
    }

    boolean takeSwitch(String name) {
        return Boolean.parseBoolean(take(name, "false"));
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

    /** What is left after the command took its own options. */
    Map<String, String> remaining() {
        return options;
    }
}
