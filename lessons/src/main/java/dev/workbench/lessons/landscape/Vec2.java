package dev.workbench.lessons.landscape;

/** A point or gradient in the plane. Components may be non-finite: that is how a diverging step shows. */
public record Vec2(double x, double y) {

    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    public double norm() {
        return Math.hypot(x, y);
    }

    public double distanceTo(Vec2 other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
