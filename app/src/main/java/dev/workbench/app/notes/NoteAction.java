package dev.workbench.app.notes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a "try this" link in the notes asks the page to do. In Markdown the link's target says it:
 * {@code [Try 0.1](set:learning-rate=0.1)} sets settings ({@code set:a=1&b=2} sets several) and
 * {@code [Run the race](compare:rates)} opens the Compare tab on that comparison and starts it.
 * The notes only read the link; the page checks it against its lesson and carries it out.
 */
public sealed interface NoteAction {
    String SET_SCHEME = "set:";
    String COMPARE_SCHEME = "compare:";

    /** The link's target as written in the notes. */
    String target();

    /** Sets settings in the form: parameter name to value, as typed. */
    record SetValues(String target, Map<String, String> values) implements NoteAction {
        public SetValues {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** Opens the Compare tab with this ready-made comparison and starts it. */
    record StartComparison(String target, String comparisonId) implements NoteAction {
    }

    /** A link in one of the action schemes that cannot be read; {@code problem} says why. */
    record Malformed(String target, String problem) implements NoteAction {
    }

    /** The action a link target asks for, or empty for an ordinary link (a web address). */
    static Optional<NoteAction> parse(String target) {
        if (target.startsWith(SET_SCHEME)) {
            return Optional.of(setValues(target));
        }
        if (target.startsWith(COMPARE_SCHEME)) {
            String id = target.substring(COMPARE_SCHEME.length()).trim();
            return Optional.of(id.isEmpty() ? new Malformed(target, "the link names no comparison")
                    : new StartComparison(target, id));
        }
        return Optional.empty();
    }

    private static NoteAction setValues(String target) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : target.substring(SET_SCHEME.length()).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                return new Malformed(target, "'" + pair + "' is not a setting=value pair");
            }
            values.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return new SetValues(target, values);
    }
}
