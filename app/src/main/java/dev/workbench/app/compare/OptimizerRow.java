package dev.workbench.app.compare;

import dev.workbench.lessons.engine.Numbers;
import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.optim.OptimizerKind;

import java.util.List;
import java.util.Objects;

/**
 * One optimizer lane as the student typed it: a kind, the learning rate as text (ignored for
 * kinds without one, AdaDelta) and optional parameters such as {@code momentum=0.95}.
 */
public record OptimizerRow(OptimizerKind kind, String rateText, String optionsText) {
    /** The rows a new Compare tab starts with: the classic race. */
    public static final List<OptimizerRow> DEFAULTS = List.of(
            of(OptimizerKind.SGD, 0.05), of(OptimizerKind.MOMENTUM, 0.01),
            of(OptimizerKind.RMSPROP, 0.001), of(OptimizerKind.ADAM, 0.001));

    public OptimizerRow {
        Objects.requireNonNull(kind, "kind");
        rateText = rateText == null ? "" : rateText;
        optionsText = optionsText == null ? "" : optionsText;
    }

    public OptimizerRow(OptimizerKind kind, String rateText) {
        this(kind, rateText, "");
    }

    public static OptimizerRow of(OptimizerKind kind, double rate) {
        return new OptimizerRow(kind, Numbers.compact(rate));
    }

    /** The kind with its usual learning rate. */
    public static OptimizerRow withDefaultRate(OptimizerKind kind) {
        return kind.hasLearningRate() ? of(kind, kind.defaultLearningRate()) : new OptimizerRow(kind, "");
    }

    /**
     * The optimizer this row describes.
     *
     * @throws IllegalArgumentException saying what is wrong with the learning rate
     */
    public OptimizerConfig config() {
        if (!kind.hasLearningRate()) {
            return OptimizerConfig.defaults(kind).withOptions(optionsText);
        }
        String text = rateText.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(kind.label() + " needs a learning rate");
        }
        double rate;
        try {
            rate = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the learning rate of " + kind.label() + " must be a number, not '" + text + "'");
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the learning rate of " + kind.label() + " must be above 0, not " + text);
        }
        return OptimizerConfig.of(kind, rate).withOptions(optionsText);
    }
}
