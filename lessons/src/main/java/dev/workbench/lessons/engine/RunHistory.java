package dev.workbench.lessons.engine;

import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Records a run's iteration and epoch metrics and exports them as CSV. Thread-safe. */
public final class RunHistory implements RunListener {
    static final String CSV_HEADER =
            "type,epoch,iteration,loss,train_loss,train_accuracy,validation_loss,validation_accuracy,samples_per_second";

    private final List<IterationMetrics> iterations = new ArrayList<>();
    private final List<EpochMetrics> epochs = new ArrayList<>();

    @Override
    public synchronized void onEvent(RunEvent event) {
        if (event instanceof IterationMetrics metrics) {
            iterations.add(metrics);
        } else if (event instanceof EpochMetrics metrics) {
            epochs.add(metrics);
        }
    }

    public synchronized List<IterationMetrics> iterations() {
        return List.copyOf(iterations);
    }

    public synchronized List<EpochMetrics> epochs() {
        return List.copyOf(epochs);
    }

    public double[] losses() {
        return iterations().stream().mapToDouble(IterationMetrics::loss).toArray();
    }

    /** Writes one row per iteration and one per epoch; replaces the file atomically. */
    public void writeCsv(Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                writer.write(CSV_HEADER + "\n");
                for (IterationMetrics it : iterations()) {
                    writer.write(row("iteration", it.epoch(), it.iteration(), it.loss(), Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN, it.samplesPerSecond()));
                }
                for (EpochMetrics ep : epochs()) {
                    writer.write(row("epoch", ep.epoch(), ep.iteration(), Double.NaN, ep.trainLoss(), ep.trainAccuracy(),
                            ep.validationLoss(), ep.validationAccuracy(), Double.NaN));
                }
            }
        });
    }

    private static String row(String type, int epoch, long iteration, double... values) {
        StringBuilder line = new StringBuilder(type).append(',').append(epoch).append(',').append(iteration);
        for (double value : values) {
            line.append(',');
            if (!Double.isNaN(value)) {
                line.append(String.format(Locale.ROOT, "%.6g", value));
            }
        }
        return line.append('\n').toString();
    }
}
