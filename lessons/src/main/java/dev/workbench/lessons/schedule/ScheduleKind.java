package dev.workbench.lessons.schedule;

import static dev.workbench.lessons.schedule.ScheduleParameter.GAMMA;
import static dev.workbench.lessons.schedule.ScheduleParameter.MIN_RATE;
import static dev.workbench.lessons.schedule.ScheduleParameter.PERIOD;
import static dev.workbench.lessons.schedule.ScheduleParameter.POWER;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The learning-rate curves a lesson offers. Formulas use η₀ for the base rate and i for the iteration,
 * counted from 0, and match what {@link ScheduleSpec#toSchedule()} computes.
 */
public enum ScheduleKind {
    FIXED("fixed", "Constant", Set.of(), "η(i) = η₀",
            "The same rate at every iteration."),
    STEP("step", "Step decay", Set.of(GAMMA, PERIOD), "η(i) = η₀ · γ^⌊i / T⌋",
            "Multiplies the rate by γ every T iterations: flat stretches with sudden drops."),
    EXPONENTIAL("exponential", "Exponential decay", Set.of(GAMMA), "η(i) = η₀ · γ^i",
            "Multiplies the rate by γ at every iteration: a smooth geometric decay."),
    INVERSE("inverse", "Inverse decay", Set.of(GAMMA, POWER), "η(i) = η₀ / (1 + γ·i)^p",
            "Decays like 1/i^p for large i: fast at first, then ever slower."),
    POLY("poly", "Polynomial decay", Set.of(POWER, PERIOD, MIN_RATE),
            "η(i) = η_min + (η₀ − η_min) · (1 − i/T)^p, then η_min from i = T",
            "Reaches η_min after exactly T iterations; p = 1 is a straight line."),
    COSINE("cosine", "Cosine annealing", Set.of(PERIOD, MIN_RATE),
            "η(i) = η_min + ½ (η₀ − η_min) (1 + cos(π·i/T)), then η_min from i = T",
            "Half a cosine from η₀ down to η_min: slow at both ends, fastest in the middle.");

    /** Warm-up multiplies any curve by this ramp (as ND4J's {@code RampSchedule} does); W is its length. */
    public static final String WARMUP_FORMULA = "η_warm(i) = η(i) · min(1, (i + 1) / W)";

    private final String cliName;
    private final String label;
    private final Set<ScheduleParameter> parameters;
    private final String formula;
    private final String description;

    ScheduleKind(String cliName, String label, Set<ScheduleParameter> parameters, String formula,
            String description) {
        this.cliName = cliName;
        this.label = label;
        this.parameters = parameters;
        this.formula = formula;
        this.description = description;
    }

    /** The kind whose {@link #cliName()} is {@code name} (case-insensitive). */
    public static ScheduleKind fromCliName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ScheduleKind kind : values()) {
            if (kind.cliName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown schedule '" + name.trim() + "'; valid names: "
                + Arrays.stream(values()).map(ScheduleKind::cliName).collect(Collectors.joining(", ")));
    }

    public static List<String> cliNames() {
        return Arrays.stream(values()).map(ScheduleKind::cliName).collect(Collectors.toUnmodifiableList());
    }

    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    /** Parameters read besides the base rate; {@link ScheduleSpec} requires the others to be 0. */
    public Set<ScheduleParameter> parameters() {
        return parameters;
    }

    public String formula() {
        return formula;
    }

    public String description() {
        return description;
    }
}
