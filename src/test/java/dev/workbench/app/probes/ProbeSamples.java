package dev.workbench.app.probes;

import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.ProbeRecord.Kind;
import dev.workbench.lessons.engine.ProbeSpec;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Probe declarations and plausible records, as a lesson would stream them. */
final class ProbeSamples {
    static final String GRADIENTS = "gradient-norms";
    static final String ACTIVATIONS = "activations";
    static final String SAMPLES = "samples";
    static final String BOUNDARY = "boundary";
    static final String DATA = "data";
    static final String TEXT = "generated-text";
    static final String UNITS = "unit-weights";
    static final List<ProbeSpec> SPECS = List.of(
            new ProbeSpec(GRADIENTS, "Gradient norm per layer", Kind.BARS),
            new ProbeSpec(ACTIVATIONS, "Mean activation per layer", Kind.HEAT_ROW),
            new ProbeSpec(SAMPLES, "Generated samples", Kind.IMAGES),
            new ProbeSpec(BOUNDARY, "Decision boundary", Kind.GRID),
            new ProbeSpec(DATA, "Training data", Kind.POINTS),
            new ProbeSpec(TEXT, "Sample text", Kind.TEXT),
            new ProbeSpec(UNITS, "Mean weight per hidden unit", Kind.BARS));
    private static final List<String> LAYERS = List.of("conv-1", "conv-2", "dense-1", "dense-2", "output");

    private ProbeSamples() {
    }

    static ProbeSample sample(String id, long iteration, ProbeRecord record) {
        return new ProbeSample(id, 1, iteration, record);
    }

    static ProbeRecord.Bars gradients(double scale) {
        return new ProbeRecord.Bars(LAYERS, new double[]{2e-6 * scale, 4e-5 * scale, 1e-3 * scale, 3e-2 * scale, 0.8 * scale},
                "L2", true);
    }

    static ProbeRecord.HeatRow activations(long iteration) {
        double[] values = new double[LAYERS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.exp(-iteration / (50.0 * (i + 1))) + 0.1 * Math.sin(iteration / 7.0 + i);
        }
        return new ProbeRecord.HeatRow(LAYERS, values, false);
    }

    static ProbeRecord.Images images() {
        int size = 12;
        List<float[]> pixels = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            float[] image = new float[size * size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double r = Math.hypot(x - size / 2.0, y - size / 2.0);
                    image[y * size + x] = (float) Math.max(0, 1 - Math.abs(r - 1 - k * 0.5) / 1.5);
                }
            }
            pixels.add(image);
            captions.add("digit " + k);
        }
        return new ProbeRecord.Images(size, size, pixels, captions);
    }

    static ProbeRecord.Grid boundary() {
        int n = 40;
        double[] values = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double x = -3 + 6.0 * c / (n - 1);
                double y = -3 + 6.0 * r / (n - 1);
                values[r * n + c] = 1 / (1 + Math.exp(-3 * (Math.hypot(x, y) - 1.5)));
            }
        }
        return new ProbeRecord.Grid(n, n, -3, 3, -3, 3, values);
    }

    static ProbeRecord.Points data() {
        Random random = new Random(7);
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i % 2;
            double radius = (group[i] == 0 ? 0.7 : 2.3) + 0.3 * random.nextGaussian();
            double angle = random.nextDouble() * 2 * Math.PI;
            x[i] = radius * Math.cos(angle);
            y[i] = radius * Math.sin(angle);
        }
        return new ProbeRecord.Points(x, y, group, List.of("inside", "outside"));
    }

    /** More items than fit side by side, some negative: bars stand upright on a linear axis. */
    static ProbeRecord.Bars units() {
        List<String> labels = new ArrayList<>();
        double[] values = new double[24];
        for (int i = 0; i < values.length; i++) {
            labels.add("h" + i);
            values[i] = Math.sin(i / 3.0) * 0.4 + 0.1;
        }
        return new ProbeRecord.Bars(labels, values, "", false);
    }

    /** One frame with a sample of every probe, heat rows for iterations 1..columns. */
    static List<ProbeSample> fullFrame(int columns) {
        List<ProbeSample> frame = new ArrayList<>();
        frame.add(sample(GRADIENTS, columns, gradients(1)));
        for (int i = 1; i <= columns; i++) {
            frame.add(sample(ACTIVATIONS, i, activations(i)));
        }
        frame.add(sample(SAMPLES, columns, images()));
        frame.add(sample(BOUNDARY, columns, boundary()));
        frame.add(sample(DATA, columns, data()));
        frame.add(sample(UNITS, columns, units()));
        frame.add(sample(TEXT, columns - 10, new ProbeRecord.Text("the cat sat on the mat and then")));
        frame.add(sample(TEXT, columns, new ProbeRecord.Text("It is a truth universally acknowledged, that a single "
                + "man in possession of a good fortune, must be in want of a wife.")));
        return frame;
    }
}
