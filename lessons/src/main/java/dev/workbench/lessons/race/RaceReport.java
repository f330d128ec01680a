package dev.workbench.lessons.race;

import dev.workbench.lessons.engine.AtomicFiles;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import dev.workbench.lessons.engine.MetricSpec;

/** Writes a race's per-iteration losses and its results table as CSV. */
public final class RaceReport {
    private RaceReport() {
    }

    public static void writeLossesCsv(Race race, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                List<MetricSpec> series = race.runs().get(0).rules().metrics().perIteration();
                writer.write("lane,label,epoch,iteration," + String.join(",", series.stream().map(MetricSpec::id).toList())
                        + ",training_seconds\n");
                for (int lane = 0; lane < race.runs().size(); lane++) {
                    String label = quote(race.lanes().get(lane).label());
                    for (IterationMetrics it : race.runs().get(lane).history().iterations()) {
                        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%d,%s,%d,%d", lane, label,
                                it.epoch(), it.iteration()));
                        series.forEach(spec -> row.append(',').append(num(it.value(spec.id()))));
                        writer.write(row.append(String.format(Locale.ROOT, ",%.4f%n", it.trainingSeconds())).toString());
                    }
                }
            }
        });
    }

    public static void writeResultsCsv(List<RaceResult> results, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                List<MetricSpec> specs = results.isEmpty() ? List.of() : results.get(0).metrics().specs();
                writer.write("label,iterations," + String.join(",", specs.stream().map(spec -> "final_" + spec.id()).toList())
                        + ",generalization_gap,training_seconds,iterations_to_target,seconds_to_target,diverged\n");
                for (RaceResult r : results) {
                    StringBuilder finals = new StringBuilder();
                    specs.forEach(spec -> finals.append(num(r.finalValue(spec.id()))).append(','));
                    writer.write(String.format(Locale.ROOT, "%s,%d,%s%s,%.3f,%s,%s,%b%n", quote(r.label()),
                            r.iterations(), finals, num(r.generalizationGap()), r.trainingSeconds(),
                            r.iterationsToTarget().isPresent() ? Long.toString(r.iterationsToTarget().getAsLong()) : "",
                            r.secondsToTarget().isPresent() ? String.format(Locale.ROOT, "%.3f", r.secondsToTarget().getAsDouble()) : "",
                            r.diverged()));
                }
            }
        });
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
