package dev.workbench.lessons.landscape;

import java.util.List;

/**
 * {@code f = x² + y⁴/4 − y²/2}: a saddle at the origin between two valleys with minima at (0, ±1), f = −¼.
 * Bounded below, unlike {@code x² − y²}, so escaping the saddle ends somewhere. Started almost on the
 * ridge line y = 0, gradient descent lingers near the saddle because the gradient there is tiny in y.
 */
public final class SaddlePoint implements Landscape {

    @Override
    public String name() {
        return "saddle";
    }

    @Override
    public String label() {
        return "Saddle point";
    }

    @Override
    public String description() {
        return "A saddle between two valleys: who escapes the flat pass first?";
    }

    @Override
    public double value(double x, double y) {
        double y2 = y * y;
        return x * x + 0.25 * y2 * y2 - 0.5 * y2;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(2 * x, y * y * y - y);
    }

    @Override
    public ViewWindow window() {
        return new ViewWindow(-2, 2, -2, 2);
    }

    @Override
    public Vec2 start() {
        return new Vec2(1.8, 0.01);
    }

    @Override
    public List<Vec2> minima() {
        return List.of(new Vec2(0, 1), new Vec2(0, -1));
    }
}
