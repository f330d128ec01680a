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

/** Writes a race's per-iteration losses and its results table as CSV. */
public final class RaceReport {
    private RaceReport() {
    }

    public static void writeLossesCsv(Race race, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                writer.write("lane,label,epoch,iteration,loss,training_seconds\n");
                for (int lane = 0; lane < race.runs().size(); lane++) {
                    String label = quote(race.lanes().get(lane).label());
                    for (IterationMetrics it : race.runs().get(lane).history().iterations()) {
                        writer.write(String.format(Locale.ROOT, "%d,%s,%d,%d,%.6g,%.4f%n",
                                lane, label, it.epoch(), it.iteration(), it.loss(), it.trainingSeconds()));
                    }
                }
            }
        });
    }

    public static void writeResultsCsv(List<RaceResult> results, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                writer.write("label,iterations,final_train_loss,final_train_accuracy,final_validation_loss,"
                        + "final_validation_accuracy,training_seconds,iterations_to_target,seconds_to_target,diverged\n");
                for (RaceResult r : results) {
                    writer.write(String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%s,%.3f,%s,%s,%b%n", quote(r.label()),
                            r.iterations(), num(r.finalTrainLoss()), num(r.finalTrainAccuracy()), num(r.finalValidationLoss()),
                            num(r.finalValidationAccuracy()), r.trainingSeconds(),
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
