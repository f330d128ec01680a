package dev.workbench.lessons.resnet;

import dev.workbench.lessons.engine.ProbeRecord;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

/**
 * The training loss on a plane through the trained weights θ: loss(θ + a·d1 + b·d2) for a, b in
 * [-1, 1], along two random directions normalised filter by filter (Li et al. 2018, "Visualizing the
 * Loss Landscape of Neural Nets"). Without that normalisation a layer with large weights would look
 * flat and one with small weights steep, whatever the network learned; with it, each filter (a
 * convolution's output channel, a dense layer's output unit) moves by as much as its own weights are
 * long, so plain and residual networks can be compared on the same picture.
 *
 * <p>Only weight matrices and kernels move; biases and batch-norm parameters keep their trained
 * values (a zero direction), as in the paper.
 *
 * @param grid       the losses, {@code side x side}, row-major from (a, b) = (-1, -1); a across, b down
 * @param centreLoss the loss at the trained weights themselves
 * @param points     examples the loss was averaged over
 * @param network    what was sliced, e.g. "residual, depth 30"
 */
public record LandscapeSlice(ProbeRecord.Grid grid, double centreLoss, int points, String network) {
    /** Samples per side of the plane. */
    public static final int SIDE = 25;
    /** The plane spans a, b in [-SPAN, SPAN]. */
    public static final double SPAN = 1.0;
    /** Training examples the loss is measured on: fixed, so slices of twins are comparable. */
    public static final int EVALUATION_POINTS = 512;

    /** How far a slice has got; called on the training thread after every row of the grid. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void cells(int done, int total);
    }

    /** The loss at the centre and the mean over the border cells: a trained net should sit in a valley. */
    public double borderMean() {
        double[] v = grid.values();
        int n = grid.columns();
        double sum = 0;
        int count = 0;
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                if (row == 0 || col == 0 || row == n - 1 || col == n - 1) {
                    sum += v[row * n + col];
                    count++;
                }
            }
        }
        return sum / count;
    }

    /**
     * Computes a slice. Runs on the training thread (it moves the graph's weights and puts them back
     * before returning, also when cancelled or failing).
     *
     * @param layers    the layers whose "W" moves
     * @param loss      the loss of the graph as its weights are now, over the fixed evaluation set
     * @param cancelled checked between rows; when true the weights are restored and a
     *                  {@link CancellationException} is thrown
     */
    static LandscapeSlice compute(ComputationGraph graph, List<String> layers, DoubleSupplier loss, int points,
                                  String network, int side, long seed, Progress progress, BooleanSupplier cancelled) {
        if (side < 3 || side % 2 == 0) {
            throw new IllegalArgumentException("side must be odd and at least 3, so the grid has a centre: " + side);
        }
        Random random = new Random(seed);
        List<Moving> moving = new ArrayList<>();
        for (String name : layers) {
            INDArray w = graph.getLayer(name).getParam("W");
            moving.add(new Moving(w, w.dup(), direction(w, random), direction(w, random)));
        }
        double[] values = new double[side * side];
        double centre = Double.NaN;
        int total = side * side;
        try {
            for (int row = 0; row < side; row++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("landscape slice cancelled");
                }
                double b = coordinate(row, side);
                for (int col = 0; col < side; col++) {
                    double a = coordinate(col, side);
                    for (Moving m : moving) {
                        m.moveTo(a, b);
                    }
                    values[row * side + col] = loss.getAsDouble();
                }
                progress.cells((row + 1) * side, total);
            }
            int middle = side / 2;
            centre = values[middle * side + middle];
        } finally {
            for (Moving m : moving) {
                m.restore();
            }
        }
        return new LandscapeSlice(new ProbeRecord.Grid(side, side, -SPAN, SPAN, -SPAN, SPAN, values), centre, points,
                network);
    }

    /** Step {@code index} of {@code side} evenly spaced values from -SPAN to SPAN. */
    static double coordinate(int index, int side) {
        return -SPAN + 2 * SPAN * index / (side - 1);
    }

    /** One weight array, its trained value and its two directions. */
    private record Moving(INDArray weights, INDArray trained, INDArray d1, INDArray d2) {
        void moveTo(double a, double b) {
            weights.assign(trained.add(d1.mul(a)).addi(d2.mul(b)));
        }

        void restore() {
            weights.assign(trained);
        }
    }

    /**
     * A Gaussian direction shaped like {@code w}, each filter scaled to the length of the same filter
     * in {@code w}. A filter is an output unit: a column of a dense layer's [in, out] matrix, the
     * first index of a convolution's [out, in, h, w] kernel.
     */
    static INDArray direction(INDArray w, Random random) {
        long[] shape = w.shape();
        float[] trained = w.dup('c').data().asFloat();
        float[] d = new float[trained.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) random.nextGaussian();
        }
        int units = shape.length == 2 ? (int) shape[1] : shape.length > 2 ? (int) shape[0] : 1;
        double[] wNorm = new double[units];
        double[] dNorm = new double[units];
        for (int i = 0; i < d.length; i++) {
            int unit = unitOf(i, shape, d.length, units);
            wNorm[unit] += (double) trained[i] * trained[i];
            dNorm[unit] += (double) d[i] * d[i];
        }
        for (int i = 0; i < d.length; i++) {
            int unit = unitOf(i, shape, d.length, units);
            double scale = dNorm[unit] > 0 ? Math.sqrt(wNorm[unit] / dNorm[unit]) : 0;
            d[i] = (float) (d[i] * scale);
        }
        return Nd4j.create(d, shape, 'c').castTo(w.dataType()).dup(w.ordering());
    }

    /** The output unit of element {@code i} (c order). */
    private static int unitOf(int i, long[] shape, int length, int units) {
        if (shape.length == 2) {
            return (int) (i % shape[1]);
        }
        return units == 1 ? 0 : i / (length / units);
    }
}
