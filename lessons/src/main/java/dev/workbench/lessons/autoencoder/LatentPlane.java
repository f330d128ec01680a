package dev.workbench.lessons.autoencoder;

import java.util.List;

/**
 * Test images placed on a plane of the latent space, and the way back from the plane to a code:
 * point i is test image i at ({@code x[i]}, {@code y[i]}); the code of a plane point (px, py) is
 * {@code origin + px * xAxis + py * yAxis}. With a 2-number code the plane is the code itself
 * (origin 0, unit axes); with more numbers it is the plane of the codes' first two principal
 * components, so a click on the map can be decoded with the same basis the map was drawn in.
 *
 * @param labels     class of each point
 * @param classNames names of the classes, by label
 */
public record LatentPlane(double[] x, double[] y, int[] labels, List<String> classNames, double[] origin,
                          double[] xAxis, double[] yAxis) {
    public LatentPlane {
        if (x.length != y.length || x.length != labels.length) {
            throw new IllegalArgumentException("x, y and labels differ in length");
        }
        if (origin.length != xAxis.length || origin.length != yAxis.length) {
            throw new IllegalArgumentException("origin and axes differ in length");
        }
        x = x.clone();
        y = y.clone();
        labels = labels.clone();
        classNames = List.copyOf(classNames);
        origin = origin.clone();
        xAxis = xAxis.clone();
        yAxis = yAxis.clone();
    }

    /** The plane of a 2-number code: the code itself. */
    static LatentPlane direct(double[] x, double[] y, int[] labels, List<String> classNames) {
        return new LatentPlane(x, y, labels, classNames, new double[2], new double[]{1, 0}, new double[]{0, 1});
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public double[] origin() {
        return origin.clone();
    }

    @Override
    public double[] xAxis() {
        return xAxis.clone();
    }

    @Override
    public double[] yAxis() {
        return yAxis.clone();
    }

    public int size() {
        return x.length;
    }

    /** Numbers per code. */
    public int codeSize() {
        return origin.length;
    }

    /** True when the plane is a projection of a larger code (principal components), not the code itself. */
    public boolean projected() {
        return origin.length > 2;
    }

    /** The code at plane point ({@code px}, {@code py}). */
    public double[] code(double px, double py) {
        double[] code = new double[origin.length];
        for (int i = 0; i < code.length; i++) {
            code[i] = origin[i] + px * xAxis[i] + py * yAxis[i];
        }
        return code;
    }

    /** The index of the point nearest to (px, py), or -1 when there are none. */
    public int nearest(double px, double py) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - px;
            double dy = y[i] - py;
            double distance = dx * dx + dy * dy;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
