package dev.workbench.lessons.landscape;

import java.util.List;

/**
 * {@code f = (1 − x)² + 100·(y − x²)²}: a curved, flat-bottomed valley. Optimizers drop into the valley
 * quickly and then crawl along it to the minimum at (1, 1).
 */
public final class Rosenbrock implements Landscape {
    private static final double A = 1;
    private static final double B = 100;

    @Override
    public String name() {
        return "rosenbrock";
    }

    @Override
    public String label() {
        return "Rosenbrock";
    }

    @Override
    public String description() {
        return "A banana-shaped valley: finding the valley is easy, following it to (1, 1) is slow.";
    }

    @Override
    public double value(double x, double y) {
        double dx = A - x;
        double dy = y - x * x;
        return dx * dx + B * dy * dy;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double dy = y - x * x;
        return new Vec2(-2 * (A - x) - 4 * B * x * dy, 2 * B * dy);
    }

    @Override
    public ViewWindow window() {
        return new ViewWindow(-2, 2, -1, 3);
    }

    @Override
    public Vec2 start() {
        return new Vec2(-1.2, 1);
    }

    @Override
    public List<Vec2> minima() {
        return List.of(new Vec2(A, A * A));
    }
}
