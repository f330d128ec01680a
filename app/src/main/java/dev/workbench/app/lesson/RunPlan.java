package dev.workbench.app.lesson;

/** The size of a prepared run, read once in the background when the session is made. */
public record RunPlan(int epochs, int iterationsPerEpoch) {
    public long totalIterations() {
        return (long) epochs * iterationsPerEpoch;
    }
}
