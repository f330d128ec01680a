package dev.workbench.lessons.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a pipeline as one line of text and reads it back, so that a custom pipeline built with
 * the preview's sliders can travel as a lesson setting (and in checkpoints and the CLI):
 * {@code horizontal-flip@0.5,rotation:15@0.3}, that is {@code name[:strength]@probability} for
 * each active transform. An empty text is no augmentation.
 */
public final class AugmentationText {
    private AugmentationText() {
    }

    public static String format(AugmentationPipeline pipeline) {
        List<String> parts = new ArrayList<>();
        for (TransformSpec spec : pipeline.specs()) {
            if (!spec.isActive()) {
                continue;
            }
            String strength = spec.kind().hasStrength() ? ":" + number(spec.strength()) : "";
            parts.add(name(spec.kind()) + strength + "@" + number(spec.probability()));
        }
        return String.join(",", parts);
    }

    /** @throws IllegalArgumentException naming the bad part and what is allowed */
    public static AugmentationPipeline parse(String text) {
        List<TransformSpec> specs = new ArrayList<>();
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty: list transforms such as horizontal-flip@0.5, or choose the "
                    + "augmentation 'none'");
        }
        for (String part : text.split(",", -1)) {
            String item = part.trim();
            if (item.isEmpty()) {
                throw new IllegalArgumentException("an empty entry between commas in '" + shortened(text) + "'");
            }
            int at = item.lastIndexOf('@');
            if (at < 0) {
                throw new IllegalArgumentException("'" + shortened(item) + "' needs a probability, e.g. rotation:15@0.5");
            }
            String[] head = item.substring(0, at).split(":", -1);
            TransformKind kind = kind(head[0]);
            if (head.length > 2) {
                throw new IllegalArgumentException("'" + shortened(item) + "' has a field too many: name:strength@probability");
            }
            if (head.length > 1 && !kind.hasStrength()) {
                throw new IllegalArgumentException("'" + shortened(item) + "': " + name(kind) + " has no strength; write "
                        + name(kind) + "@probability");
            }
            double strength = head.length > 1 ? number(head[1], item) : kind.strengthRange().defaultValue();
            double probability = number(item.substring(at + 1), item);
            try {
                specs.add(TransformSpec.of(kind, kind.hasStrength() ? strength : 0, probability));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + item + "': " + e.getMessage(), e);
            }
        }
        return new AugmentationPipeline(specs);
    }

    /** The problem with a text, or null when it parses (for form validation). */
    public static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static String name(TransformKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static TransformKind kind(String name) {
        for (TransformKind kind : TransformKind.values()) {
            if (name(kind).equals(name.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        List<String> names = new ArrayList<>();
        for (TransformKind kind : TransformKind.values()) {
            names.add(name(kind));
        }
        throw new IllegalArgumentException("unknown transform '" + shortened(name.trim()) + "'; valid: " + String.join(", ", names));
    }

    private static double number(String text, String item) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + shortened(item) + "': '" + shortened(text) + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("'" + shortened(item) + "': '" + text.trim() + "' is not a finite number");
        }
        return value;
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static String number(double value) {
        return dev.workbench.lessons.engine.Numbers.compact(value);
    }
}
