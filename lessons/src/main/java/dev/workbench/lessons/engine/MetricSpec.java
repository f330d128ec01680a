package dev.workbench.lessons.engine;

import java.util.Objects;

/**
 * One series a lesson reports, declared up front so that charts, the Compare tab, the CLI and the
 * run-history CSV can be built without knowing the lesson: a classifier declares accuracy, an
 * autoencoder reconstruction error, a GAN its two losses.
 *
 * @param id            short stable name, lower case with dashes (a CSV column, a CLI table column)
 * @param label         what a student reads, e.g. "Validation accuracy"
 * @param unit          "%" for fractions shown as percent, "" for plain numbers, or a unit such as "°C"
 * @param chart         the chart it is drawn in; series with the same chart share one plot
 * @param goal          whether lower or higher values are better (ranking, "best", early stopping)
 * @param defaultTarget the value a race measures "time to target" against, or NaN for none
 * @param cadence       reported after every iteration or at the end of every epoch
 */
public record MetricSpec(String id, String label, String unit, String chart, Goal goal, double defaultTarget,
                         Cadence cadence) {

    /** Whether a metric improves downwards (a loss) or upwards (an accuracy). */
    public enum Goal {
        LOWER_IS_BETTER, HIGHER_IS_BETTER;

        /** True when {@code candidate} is strictly better than {@code reference}; NaN is never better. */
        public boolean better(double candidate, double reference) {
            if (Double.isNaN(candidate)) {
                return false;
            }
            if (Double.isNaN(reference)) {
                return true;
            }
            return this == LOWER_IS_BETTER ? candidate < reference : candidate > reference;
        }

        /** True when {@code value} has reached {@code target}. */
        public boolean reached(double value, double target) {
            return !Double.isNaN(value) && (this == LOWER_IS_BETTER ? value <= target : value >= target);
        }
    }

    /** When a metric is reported. */
    public enum Cadence { ITERATION, EPOCH }

    public MetricSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(cadence, "cadence");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("metric id must be lower-case letters, digits and dashes: " + id);
        }
    }

    /** A compact lower-case name for tables and progress lines: "Validation accuracy" is "val accuracy". */
    public String shortLabel() {
        return label.toLowerCase(java.util.Locale.ROOT).replace(" (epoch mean)", "")
                .replace("validation", "val").replace("training", "train");
    }

    public boolean isPercent() {
        return unit.equals("%");
    }

    public boolean perIteration() {
        return cadence == Cadence.ITERATION;
    }

    public boolean hasTarget() {
        return !Double.isNaN(defaultTarget);
    }

    public MetricSpec withTarget(double target) {
        return new MetricSpec(id, label, unit, chart, goal, target, cadence);
    }

    public MetricSpec withLabel(String newLabel) {
        return new MetricSpec(id, newLabel, unit, chart, goal, defaultTarget, cadence);
    }

    /** A per-iteration series, e.g. a second loss. */
    public static MetricSpec perIteration(String id, String label, String chart, Goal goal) {
        return new MetricSpec(id, label, "", chart, goal, Double.NaN, Cadence.ITERATION);
    }

    /** A per-epoch series, e.g. a validation error. */
    public static MetricSpec perEpoch(String id, String label, String unit, String chart, Goal goal) {
        return new MetricSpec(id, label, unit, chart, goal, Double.NaN, Cadence.EPOCH);
    }
}
