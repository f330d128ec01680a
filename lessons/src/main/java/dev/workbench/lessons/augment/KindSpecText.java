package dev.workbench.lessons.augment;

import dev.workbench.lessons.engine.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the settings of one augmentation family as one line and reads them back, so a lesson can
 * expose them as a text parameter (validated with {@link #problem}) and they travel in checkpoints
 * and the CLI: {@code jitter:0.03@0.5,time-warp:0.2@0.5}, that is {@code name:strength@probability}
 * per transform. {@code none} means no augmentation.
 *
 * <p>Stricter than {@link AugmentationText}: every field is required and a blank text is refused,
 * because a lesson setting that silently means "off" hides typing mistakes.
 */
public final class KindSpecText<K extends Enum<K> & AugmentationKind> {
    /** The text for "no augmentation". */
    public static final String NONE = "none";

    private final Class<K> kinds;
    private final String example;

    /** @param example a valid text to quote in error messages, e.g. {@code jitter:0.03@0.5} */
    public KindSpecText(Class<K> kinds, String example) {
        if (kinds == null || example == null) {
            throw new IllegalArgumentException("Kinds and example must not be null");
        }
        this.kinds = kinds;
        this.example = example;
    }

    /** The active specs as text, or {@link #NONE}. */
    public String format(KindSpecs<K> specs) {
        List<String> parts = new ArrayList<>();
        for (KindSpec<K> spec : specs.specs()) {
            if (spec.isActive()) {
                parts.add(spec.kind().textName() + ":" + Numbers.compact(spec.strength())
                        + "@" + Numbers.compact(spec.probability()));
            }
        }
        return parts.isEmpty() ? NONE : String.join(",", parts);
    }

    /** @throws IllegalArgumentException naming the bad entry and what is allowed */
    public KindSpecs<K> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty; write '" + NONE + "' for no augmentation, or e.g. " + example);
        }
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase(NONE)) {
            return KindSpecs.none();
        }
        String[] entries = trimmed.split(",", -1);
        List<KindSpec<K>> specs = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            specs.add(entry(entries[i].trim(), i + 1));
        }
        try {
            return new KindSpecs<>(specs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + trimmed + "': " + e.getMessage(), e);
        }
    }

    /** The problem with a text, or null when it parses (for a text parameter's check). */
    public String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The names the grammar accepts, in application order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (K kind : kinds.getEnumConstants()) {
            names.add(kind.textName());
        }
        return List.copyOf(names);
    }

    private KindSpec<K> entry(String item, int position) {
        if (item.isEmpty()) {
            throw new IllegalArgumentException("entry " + position + " is empty; separate entries with a single ',',"
                    + " e.g. " + example);
        }
        String[] halves = item.split("@", -1);
        String[] head = halves[0].split(":", -1);
        if (halves.length != 2 || head.length != 2) {
            throw new IllegalArgumentException("'" + item + "' needs exactly name:strength@probability, e.g. " + example);
        }
        K kind = kind(head[0].trim(), item);
        double strength = number(head[1], "strength", item);
        double probability = number(halves[1], "probability", item);
        try {
            return new KindSpec<>(kind, strength, probability);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + item + "': " + e.getMessage(), e);
        }
    }

    private K kind(String name, String item) {
        for (K kind : kinds.getEnumConstants()) {
            if (kind.textName().equals(name.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + item + "': unknown transform '" + name + "'; valid: "
                + String.join(", ", names()));
    }

    private static double number(String text, String what, String item) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + item + "': " + what + " '" + text.trim() + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("'" + item + "': " + what + " must be a finite number, got " + text.trim());
        }
        return value;
    }
}
