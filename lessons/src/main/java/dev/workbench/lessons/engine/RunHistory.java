package dev.workbench.lessons.engine;

import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Records a run's iteration, epoch and probe events and exports them as CSV, one column per
 * declared metric and one per number a probe reported. Thread-safe.
 */
public final class RunHistory implements RunListener {
    private final Metrics metrics;
    private final List<IterationMetrics> iterations = new ArrayList<>();
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private final List<ProbeSample> probes = new ArrayList<>();
    private RunEvent.EarlyStopped earlyStopped;

    public RunHistory(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public synchronized void onEvent(RunEvent event) {
        if (event instanceof IterationMetrics metrics) {
            iterations.add(metrics);
        } else if (event instanceof EpochMetrics metrics) {
            epochs.add(metrics);
        } else if (event instanceof ProbeSample sample && !ProbeRecord.numbers(sample.record()).isEmpty()) {
            probes.add(sample);
        } else if (event instanceof RunEvent.EarlyStopped stopped) {
            earlyStopped = stopped;
        }
    }

    public Metrics metrics() {
        return metrics;
    }

    public synchronized List<IterationMetrics> iterations() {
        return List.copyOf(iterations);
    }

    public synchronized List<EpochMetrics> epochs() {
        return List.copyOf(epochs);
    }

    /** Probe samples that carry numbers (the others are not kept). */
    public synchronized List<ProbeSample> probes() {
        return List.copyOf(probes);
    }

    public synchronized java.util.Optional<RunEvent.EarlyStopped> earlyStopped() {
        return java.util.Optional.ofNullable(earlyStopped);
    }

    public double[] losses() {
        return iterations().stream().mapToDouble(IterationMetrics::loss).toArray();
    }

    /** The CSV header: row type, epoch, iteration, every declared metric, throughput, then probe columns. */
    public String csvHeader() {
        List<String> columns = new ArrayList<>(List.of("type", "epoch", "iteration"));
        metrics.specs().forEach(spec -> columns.add(spec.id()));
        columns.add("samples_per_second");
        columns.addAll(probeColumns());
        return String.join(",", columns);
    }

    /**
     * Writes one row per iteration, per epoch and per numeric probe sample; replaces the file
     * atomically. Empty cells mean "not measured in this row".
     */
    public void writeCsv(Path file) throws IOException {
        List<String> probeColumns = probeColumns();
        AtomicFiles.write(file, out -> {
            try (Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                writer.write(csvHeader() + "\n");
                for (IterationMetrics it : iterations()) {
                    List<Double> cells = new ArrayList<>();
                    metrics.specs().forEach(spec -> cells.add(spec.perIteration() ? it.value(spec.id()) : Double.NaN));
                    cells.add(it.samplesPerSecond());
                    probeColumns.forEach(column -> cells.add(Double.NaN));
                    writer.write(row("iteration", it.epoch(), it.iteration(), cells));
                }
                for (EpochMetrics ep : epochs()) {
                    List<Double> cells = new ArrayList<>();
                    metrics.specs().forEach(spec -> cells.add(spec.perIteration() ? Double.NaN : ep.value(spec.id())));
                    cells.add(Double.NaN);
                    probeColumns.forEach(column -> cells.add(Double.NaN));
                    writer.write(row("epoch", ep.epoch(), ep.iteration(), cells));
                }
                for (ProbeSample sample : probes()) {
                    List<Double> cells = new ArrayList<>();
                    metrics.specs().forEach(spec -> cells.add(Double.NaN));
                    cells.add(Double.NaN);
                    Map<String, Double> numbers = new java.util.HashMap<>();
                    ProbeRecord.numbers(sample.record())
                            .forEach(entry -> numbers.put(column(sample.probeId(), entry.getKey()), entry.getValue()));
                    probeColumns.forEach(column -> cells.add(numbers.getOrDefault(column, Double.NaN)));
                    writer.write(row("probe:" + sample.probeId(), sample.epoch(), sample.iteration(), cells));
                }
            }
        });
    }

    private List<String> probeColumns() {
        Set<String> columns = new LinkedHashSet<>();
        for (ProbeSample sample : probes()) {
            ProbeRecord.numbers(sample.record()).forEach(entry -> columns.add(column(sample.probeId(), entry.getKey())));
        }
        return List.copyOf(columns);
    }

    /** A probe column name: probe id, a dot, and the item label with CSV-unsafe characters replaced. */
    private static String column(String probeId, String item) {
        return probeId + "." + item.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static String row(String type, int epoch, long iteration, List<Double> values) {
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
