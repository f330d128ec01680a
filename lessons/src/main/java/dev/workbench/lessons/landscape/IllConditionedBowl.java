package dev.workbench.lessons.landscape;

import java.util.List;

/**
 * {@code f = ½(x² + κ·y²)} with κ = 25: a quadratic bowl 25 times steeper across than along. Gradient
 * descent needs η < 2/κ to stay stable in y, which makes it crawl in x; momentum and adaptive methods help.
 */
public final class IllConditionedBowl implements Landscape {
    /** Ratio of the largest to the smallest curvature. */
    public static final double CONDITION_NUMBER = 25;

    @Override
    public String name() {
        return "bowl";
    }

    @Override
    public String label() {
        return "Ill-conditioned bowl";
    }

    @Override
    public String description() {
        return "A narrow quadratic valley, 25× steeper across than along: plain SGD zig-zags.";
    }

    @Override
    public double value(double x, double y) {
        return 0.5 * (x * x + CONDITION_NUMBER * y * y);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(x, CONDITION_NUMBER * y);
    }

    @Override
    public ViewWindow window() {
        return new ViewWindow(-10, 10, -5, 5);
    }

    @Override
    public Vec2 start() {
        return new Vec2(-9, 3);
    }

    @Override
    public List<Vec2> minima() {
        return List.of(new Vec2(0, 0));
    }
}
