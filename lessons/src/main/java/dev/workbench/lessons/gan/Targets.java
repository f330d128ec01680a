package dev.workbench.lessons.gan;

import dev.workbench.lessons.data.PointSet;
import dev.workbench.lessons.data.PointSets;
import dev.workbench.lessons.engine.LessonException;

import java.util.List;
import java.util.Random;

/** The 2-D distributions the generator learns to imitate, as a large seeded pool of points. */
final class Targets {
    static final String RING = "ring";
    static final String GRID = "grid";
    static final String MOONS = "moons";
    static final String LINE = "line";
    static final String DRAWN = "drawn";
    static final List<String> NAMES = List.of(RING, GRID, MOONS, LINE, DRAWN);

    /** Points in the pool the real batches are drawn from. */
    static final int POOL = 10_000;
    /** Jitter (standard deviation) around each mode of the ring and the grid, and around drawn points. */
    static final double MODE_NOISE = 0.1;
    static final double MOONS_NOISE = 0.05;
    static final double LINE_NOISE = 0.05;
    static final double DRAWN_NOISE = 0.05;
    /** The line runs from (-LINE_HALF, -LINE_HALF/2) to (LINE_HALF, LINE_HALF/2). */
    static final double LINE_HALF = 2;

    private Targets() {
    }

    /**
     * The pool for a target. {@code drawn} is "x,y x,y ..." (points the student placed), used only
     * for the {@value #DRAWN} target.
     */
    static PointSet pool(String target, String drawn, long seed) throws LessonException {
        return switch (target) {
            case RING -> PointSets.gaussianRing(POOL, MODE_NOISE, seed);
            case GRID -> PointSets.gaussianGrid(POOL, MODE_NOISE, seed);
            case MOONS -> PointSets.moons(POOL, MOONS_NOISE, seed);
            case LINE -> line(seed);
            case DRAWN -> drawn(drawn, seed);
            default -> throw new LessonException("unknown target distribution '" + target + "': " + NAMES);
        };
    }

    private static PointSet line(long seed) {
        Random random = new Random(seed);
        double[] x = new double[POOL];
        double[] y = new double[POOL];
        for (int i = 0; i < POOL; i++) {
            double t = 2 * random.nextDouble() - 1;
            x[i] = LINE_HALF * t + LINE_NOISE * random.nextGaussian();
            y[i] = LINE_HALF / 2 * t + LINE_NOISE * random.nextGaussian();
        }
        return new PointSet(x, y, new int[POOL], 1, "line");
    }

    /** The student's points, each repeated with a little jitter into a pool. */
    private static PointSet drawn(String text, long seed) throws LessonException {
        double[][] clicked = parse(text);
        PointSet points = PointSets.fromPoints(clicked[0], clicked[1], new int[clicked[0].length], 1, 1);
        Random random = new Random(seed);
        double[] x = new double[POOL];
        double[] y = new double[POOL];
        for (int i = 0; i < POOL; i++) {
            int k = random.nextInt(points.size());
            x[i] = points.x(k) + DRAWN_NOISE * random.nextGaussian();
            y[i] = points.y(k) + DRAWN_NOISE * random.nextGaussian();
        }
        return new PointSet(x, y, new int[POOL], 1, "your points");
    }

    /** Parses "x,y x,y ..." (spaces or semicolons between points). */
    static double[][] parse(String text) throws LessonException {
        String trimmed = text.trim();
        String[] pairs = trimmed.isEmpty() ? new String[0] : trimmed.split("[;\\s]+");
        double[] x = new double[pairs.length];
        double[] y = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            String[] parts = pairs[i].split(",");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                x[i] = Double.parseDouble(parts[0]);
                y[i] = Double.parseDouble(parts[1]);
            } catch (NumberFormatException e) {
                throw new LessonException("Point " + (i + 1) + " must be written x,y (two numbers and a comma), not '"
                        + pairs[i] + "'.");
            }
        }
        return new double[][]{x, y};
    }

    /** A square box around the pool with a margin, for the heat map: {xMin, xMax, yMin, yMax}. */
    static double[] box(PointSet pool) {
        double[] x = pool.x();
        double[] y = pool.y();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double half = 0.5 * Math.max(maxX - minX, maxY - minY) * 1.3 + 0.1;
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        return new double[]{cx - half, cx + half, cy - half, cy + half};
    }
}
