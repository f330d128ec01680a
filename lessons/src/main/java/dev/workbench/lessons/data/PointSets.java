package dev.workbench.lessons.data;

import dev.workbench.lessons.engine.LessonException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;
import java.util.function.IntFunction;

/**
 * Seeded 2-D toy datasets: the classic shapes of the "playground" demos, and the Gaussian
 * mixtures used to show GAN mode collapse. Every generator takes a point count, a noise level
 * (the standard deviation of Gaussian jitter, in the shape's own units) and a seed; the same
 * arguments always give the same points ({@link Random} is specified to be the same on every JVM).
 * Point {@code i} belongs to class {@code i % classes}, so classes differ in size by at most one.
 */
public final class PointSets {
    /** The fewest points {@link #fromPoints} accepts: fewer cannot be split and still teach anything. */
    public static final int MIN_CLICKED_POINTS = 10;

    private static final double TAU = 2 * Math.PI;
    private static final double SPIRAL_TURNS = 1.75;
    private static final double INNER_CIRCLE_RADIUS = 0.5;
    private static final double GAUSSIAN_RING_RADIUS = 2;
    private static final int GAUSSIAN_RING_MODES = 8;
    private static final int GAUSSIAN_GRID_SIDE = 5;
    private static final double GAUSSIAN_GRID_SPACING = 2;

    private PointSets() {
    }

    /** Two concentric circles, radius 1 (class 0) and 0.5 (class 1): not linearly separable. */
    public static PointSet circles(int count, double noise, long seed) {
        return generate("circles", 2, count, noise, seed, (c, r, p) -> {
            double angle = r.nextDouble() * TAU;
            double radius = c == 0 ? 1 : INNER_CIRCLE_RADIUS;
            p[0] = radius * Math.cos(angle);
            p[1] = radius * Math.sin(angle);
        });
    }

    /** Uniform points in [-1, 1]²; class 1 where x and y have opposite signs. Jitter is added after labelling. */
    public static PointSet xor(int count, double noise, long seed) {
        return generate("xor", 2, count, noise, seed, (c, r, p) -> {
            double a = r.nextDouble();
            double b = r.nextDouble();
            // quadrants (+,+) and (-,-) for class 0, (+,-) and (-,+) for class 1
            boolean flip = r.nextBoolean();
            p[0] = flip ? a : -a;
            p[1] = (c == 0) == flip ? b : -b;
        });
    }

    /** {@code k} round blobs with centres evenly spaced on the unit circle, standard deviation {@code noise}. */
    public static PointSet gaussians(int count, int k, double noise, long seed) {
        return mixture("gaussians", k, count, noise, seed, c -> new double[]{Math.cos(TAU * c / k), Math.sin(TAU * c / k)});
    }

    /** Eight modes on a circle of radius 2: the standard test of whether a GAN covers every mode. */
    public static PointSet gaussianRing(int count, double noise, long seed) {
        return mixture("ring of Gaussians", GAUSSIAN_RING_MODES, count, noise, seed, c -> new double[]{
                GAUSSIAN_RING_RADIUS * Math.cos(TAU * c / GAUSSIAN_RING_MODES),
                GAUSSIAN_RING_RADIUS * Math.sin(TAU * c / GAUSSIAN_RING_MODES)});
    }

    /** 25 modes on a 5x5 grid at -4, -2, 0, 2, 4: the harder GAN mode-coverage test. */
    public static PointSet gaussianGrid(int count, double noise, long seed) {
        int side = GAUSSIAN_GRID_SIDE;
        double offset = (side - 1) / 2.0;
        return mixture("grid of Gaussians", side * side, count, noise, seed, c -> new double[]{
                (c % side - offset) * GAUSSIAN_GRID_SPACING, (c / side - offset) * GAUSSIAN_GRID_SPACING});
    }

    /** Two interleaved spirals of 1.75 turns each, radius growing from 0 to 1. */
    public static PointSet spirals(int count, double noise, long seed) {
        return generate("spirals", 2, count, noise, seed, (c, r, p) -> {
            double t = r.nextDouble();
            double angle = t * SPIRAL_TURNS * TAU + c * Math.PI;
            p[0] = t * Math.cos(angle);
            p[1] = t * Math.sin(angle);
        });
    }

    /** Two interlocking half circles of radius 1, as in scikit-learn's {@code make_moons}. */
    public static PointSet moons(int count, double noise, long seed) {
        return generate("moons", 2, count, noise, seed, (c, r, p) -> {
            double angle = r.nextDouble() * Math.PI;
            p[0] = c == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
            p[1] = c == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
        });
    }

    /** {@code k} concentric rings of radius 1/k, 2/k, ..., 1; ring {@code i} is class {@code i}. */
    public static PointSet rings(int count, int k, double noise, long seed) {
        return generate("rings", k, count, noise, seed, (c, r, p) -> {
            double angle = r.nextDouble() * TAU;
            double radius = (c + 1.0) / k;
            p[0] = radius * Math.cos(angle);
            p[1] = radius * Math.sin(angle);
        });
    }

    /**
     * Points a student placed by hand. Refused with a message meant for the student when there are
     * fewer than {@link #MIN_CLICKED_POINTS}, a coordinate is not finite, or fewer than
     * {@code minimumClasses} classes have a point (2 for a classifier, 1 for a generator).
     */
    public static PointSet fromPoints(double[] x, double[] y, int[] label, int classes, int minimumClasses)
            throws LessonException {
        if (x.length != y.length || x.length != label.length) {
            throw new IllegalArgumentException("x, y and label must have the same length: "
                    + x.length + ", " + y.length + ", " + label.length);
        }
        if (x.length < MIN_CLICKED_POINTS) {
            throw new LessonException("Place at least " + MIN_CLICKED_POINTS + " points; there "
                    + (x.length == 1 ? "is 1." : "are " + x.length + "."));
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new LessonException("Point " + (i + 1) + " has a coordinate that is not a finite number: ("
                        + x[i] + ", " + y[i] + ").");
            }
            if (label[i] < 0 || label[i] >= classes) {
                throw new LessonException("Point " + (i + 1) + " has class " + label[i]
                        + ", but classes are 0.." + (classes - 1) + ".");
            }
        }
        PointSet points = new PointSet(x, y, label, classes, "your points");
        int present = 0;
        for (int n : points.countsPerClass()) {
            present += n > 0 ? 1 : 0;
        }
        if (present < minimumClasses) {
            throw new LessonException("Place points of at least " + minimumClasses + " classes; "
                    + (present == 1 ? "all points have the same class." : "only " + present + " classes have points."));
        }
        return points;
    }

    /**
     * Every point of an {@code n x n} grid over [xmin, xmax] x [ymin, ymax], as features [n*n, 2]
     * for drawing a decision map. Row {@code j * n + i} is column {@code i} (x rising) of grid row
     * {@code j} (y rising), so the network's outputs reshaped to [n, n] are an image whose first row
     * is the bottom of the plot.
     */
    public static INDArray grid(double xmin, double xmax, double ymin, double ymax, int n) {
        if (n < 2 || !(xmin < xmax) || !(ymin < ymax)) {
            throw new IllegalArgumentException("need n >= 2 and a non-empty box: n=" + n
                    + ", x " + xmin + ".." + xmax + ", y " + ymin + ".." + ymax);
        }
        float[] features = new float[n * n * 2];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int row = j * n + i;
                features[2 * row] = (float) (xmin + (xmax - xmin) * i / (n - 1));
                features[2 * row + 1] = (float) (ymin + (ymax - ymin) * j / (n - 1));
            }
        }
        return Nd4j.create(features, new long[]{(long) n * n, 2});
    }

    /** Places one point of class {@code c} in {@code point} (x, y), before jitter. */
    @FunctionalInterface
    private interface Shape {
        void place(int c, Random random, double[] point);
    }

    private static PointSet mixture(String name, int k, int count, double noise, long seed,
                                    IntFunction<double[]> centre) {
        return generate(name, k, count, noise, seed, (c, r, p) -> {
            double[] m = centre.apply(c);
            p[0] = m[0];
            p[1] = m[1];
        });
    }

    private static PointSet generate(String name, int classes, int count, double noise, long seed, Shape shape) {
        if (classes < 1) {
            throw new IllegalArgumentException(name + " needs at least one class: " + classes);
        }
        if (count < classes) {
            throw new IllegalArgumentException(name + " needs at least one point per class: count " + count + ", classes " + classes);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number >= 0: " + noise);
        }
        Random random = new Random(seed);
        double[] x = new double[count];
        double[] y = new double[count];
        int[] label = new int[count];
        double[] point = new double[2];
        for (int i = 0; i < count; i++) {
            int c = i % classes;
            shape.place(c, random, point);
            x[i] = point[0] + noise * random.nextGaussian();
            y[i] = point[1] + noise * random.nextGaussian();
            label[i] = c;
        }
        return new PointSet(x, y, label, classes, name);
    }
}
