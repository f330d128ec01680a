package dev.workbench.lessons.landscape;

/**
 * Where an optimizer stood after {@code step} updates (step 0 is the start), and the loss there.
 * Only finite points are recorded; the step that diverges is not.
 */
public record TrajectoryPoint(int step, double x, double y, double loss) {

    public TrajectoryPoint {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, was " + step);
        }
        if (!(Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(loss))) {
            throw new IllegalArgumentException("non-finite point (" + x + ", " + y + ") loss " + loss);
        }
    }

    public Vec2 position() {
        return new Vec2(x, y);
    }
}
