package dev.workbench.lessons.engine;

/**
 * How fast a {@link TrainingRun} may take its steps: as fast as it can, or slowed down so a
 * student can watch each update (the arrows of a GAN moving, a decision boundary turning). A
 * slowed run waits between iterations, not inside them, so pause, stop and inspection answer at once.
 */
public enum Pace {
    FULL("Full speed", 0),
    SLOW("Slow: 5 steps/s", 5),
    VERY_SLOW("Very slow: 1 step/s", 1);

    private final String label;
    private final double stepsPerSecond;

    Pace(String label, double stepsPerSecond) {
        this.label = label;
        this.stepsPerSecond = stepsPerSecond;
    }

    public String label() {
        return label;
    }

    /** The most iterations per second, or 0 for no limit. */
    public double stepsPerSecond() {
        return stepsPerSecond;
    }

    @Override
    public String toString() {
        return label;
    }
}
