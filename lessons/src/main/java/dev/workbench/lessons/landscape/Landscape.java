package dev.workbench.lessons.landscape;

import java.util.List;

/**
 * A 2-D test function for optimizers, with what a view needs to show it. Implementations are immutable
 * and safe to share between trajectories and threads.
 */
public interface Landscape {

    /** A stable lower-case id, usable on a command line, e.g. {@code "rosenbrock"}. */
    String name();

    /** A display name, e.g. {@code "Rosenbrock"}. */
    String label();

    /** One line on what the function teaches. */
    String description();

    double value(double x, double y);

    /** The gradient an optimizer sees at (x, y); exact except where a landscape says it adds noise. */
    Vec2 gradient(double x, double y);

    /** A window that shows the start point and the interesting minima. */
    ViewWindow window();

    /** A start point that makes the function's difficulty visible. */
    Vec2 start();

    /** The known global or local minima (empty if the function has none). */
    List<Vec2> minima();

    default double value(Vec2 point) {
        return value(point.x(), point.y());
    }

    default Vec2 gradient(Vec2 point) {
        return gradient(point.x(), point.y());
    }

    /** This landscape sampled on a grid over {@code window}; see {@link LandscapeGrid}. */
    default LandscapeGrid sampleGrid(ViewWindow window, int cols, int rows) {
        return LandscapeGrid.sample(this, window, cols, rows);
    }
}
