package dev.workbench.lessons.landscape;

import java.util.List;

/**
 * {@code f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²}: steep walls and a flat floor around
 * the minimum at (3, 0.5); gradients span orders of magnitude, which favours adaptive methods.
 */
public final class Beale implements Landscape {
    private static final double C1 = 1.5;
    private static final double C2 = 2.25;
    private static final double C3 = 2.625;

    @Override
    public String name() {
        return "beale";
    }

    @Override
    public String label() {
        return "Beale";
    }

    @Override
    public String description() {
        return "Steep walls and flat floors: gradient sizes differ by orders of magnitude.";
    }

    @Override
    public double value(double x, double y) {
        double a = C1 - x + x * y;
        double b = C2 - x + x * y * y;
        double c = C3 - x + x * y * y * y;
        return a * a + b * b + c * c;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double y2 = y * y;
        double y3 = y2 * y;
        double a = C1 - x + x * y;
        double b = C2 - x + x * y2;
        double c = C3 - x + x * y3;
        double gx = 2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1);
        double gy = 2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y2;
        return new Vec2(gx, gy);
    }

    @Override
    public ViewWindow window() {
        return new ViewWindow(-4.5, 4.5, -4.5, 4.5);
    }

    @Override
    public Vec2 start() {
        return new Vec2(1, 1.5);
    }

    @Override
    public List<Vec2> minima() {
        return List.of(new Vec2(3, 0.5));
    }
}
