package dev.workbench.lessons.landscape;

import java.util.List;

/**
 * {@code f = (x² + y − 11)² + (x + y² − 7)²}: four equal minima (f = 0), so which one an optimizer ends in
 * depends on its path.
 */
public final class Himmelblau implements Landscape {
    // Newton-refined to machine precision; (3, 2) is exact.
    private static final List<Vec2> MINIMA = List.of(
            new Vec2(3, 2),
            new Vec2(-2.805118086952745, 3.131312518250573),
            new Vec2(-3.779310253377747, -3.283185991286169),
            new Vec2(3.5844283403304917, -1.8481265269644034));

    @Override
    public String name() {
        return "himmelblau";
    }

    @Override
    public String label() {
        return "Himmelblau";
    }

    @Override
    public String description() {
        return "Four equally good minima: the path decides which one an optimizer finds.";
    }

    @Override
    public double value(double x, double y) {
        double u = x * x + y - 11;
        double v = x + y * y - 7;
        return u * u + v * v;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double u = x * x + y - 11;
        double v = x + y * y - 7;
        return new Vec2(4 * x * u + 2 * v, 2 * u + 4 * y * v);
    }

    @Override
    public ViewWindow window() {
        return new ViewWindow(-5, 5, -5, 5);
    }

    @Override
    public Vec2 start() {
        return new Vec2(0, 0);
    }

    @Override
    public List<Vec2> minima() {
        return MINIMA;
    }
}
