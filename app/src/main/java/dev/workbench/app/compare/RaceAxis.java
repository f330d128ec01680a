package dev.workbench.app.compare;

/** What the race charts put on x: progress in updates, or each lane's own training time. */
public enum RaceAxis {
    /** Iterations for the loss, epochs for the epoch metrics. */
    ITERATIONS("Iterations"),
    /** Seconds of the lane's own computing time (its share of the CPU), for races with a time budget. */
    TIME("Time");

    private final String label;

    RaceAxis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
