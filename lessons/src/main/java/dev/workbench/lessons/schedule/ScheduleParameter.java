package dev.workbench.lessons.schedule;

/** A parameter a schedule kind reads besides the base rate; lets a form show only the fields that matter. */
public enum ScheduleParameter {
    GAMMA("Decay factor γ"),
    POWER("Power p"),
    PERIOD("Period T (iterations)"),
    MIN_RATE("Final rate η_min");

    private final String label;

    ScheduleParameter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
