package dev.workbench.lessons.landscape;

/** The rectangle of the plane a view shows. */
public record ViewWindow(double xMin, double xMax, double yMin, double yMax) {

    public ViewWindow {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && xMin < xMax)) {
            throw new IllegalArgumentException("need finite xMin < xMax, got " + xMin + ", " + xMax);
        }
        if (!(Double.isFinite(yMin) && Double.isFinite(yMax) && yMin < yMax)) {
            throw new IllegalArgumentException("need finite yMin < yMax, got " + yMin + ", " + yMax);
        }
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    public boolean contains(Vec2 point) {
        return point.x() >= xMin && point.x() <= xMax && point.y() >= yMin && point.y() <= yMax;
    }
}
