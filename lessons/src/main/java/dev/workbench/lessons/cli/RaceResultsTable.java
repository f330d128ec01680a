package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.Numbers;
import dev.workbench.lessons.race.RaceResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results table {@code compare} prints: built from the metrics the lesson declared. */
final class RaceResultsTable {
    private RaceResultsTable() {
    }

    /**
     * One row per lane, one column per declared epoch metric, then the gap, time, time to target and
     * divergence. Every column is as wide as its widest cell or heading, so long lane labels and
     * long values keep the columns aligned.
     */
    static String render(List<RaceResult> results, double target, double wallSeconds) {
        Metrics metrics = results.get(0).metrics();
        List<MetricSpec> columns = metrics.perEpoch();
        String targetText = Double.isNaN(target) ? "target" : Numbers.compact(target);
        List<String> header = new ArrayList<>();
        header.add("lane");
        columns.forEach(spec -> header.add(spec.shortLabel()));
        header.addAll(List.of("gap", "time (s)", "iters to " + targetText, "secs to " + targetText, "diverged"));
        List<List<String>> rows = new ArrayList<>();
        double computeSeconds = 0;
        for (RaceResult r : results) {
            computeSeconds += r.trainingSeconds();
            List<String> cells = new ArrayList<>();
            cells.add(r.label());
            columns.forEach(spec -> cells.add(Measurement.format(r.finalValue(spec.id()), spec.unit())));
            String gapUnit = metrics.gap() == null ? "" : metrics.get(metrics.gap().seen()).unit();
            cells.add(Measurement.format(r.generalizationGap(), gapUnit));
            cells.add(String.format(Locale.ROOT, "%.1f", r.trainingSeconds()));
            cells.add(r.iterationsToTarget().isPresent() ? Long.toString(r.iterationsToTarget().getAsLong()) : "never");
            cells.add(r.secondsToTarget().isPresent()
                    ? String.format(Locale.ROOT, "%.1f", r.secondsToTarget().getAsDouble()) : "never");
            cells.add(r.diverged() ? "yes" : "no");
            rows.add(cells);
        }
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(c == 0 ? MIN_LABEL_WIDTH : MIN_VALUE_WIDTH, header.get(c).length());
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder("\n");
        out.append(line(header, widths)).append('\n');
        rows.forEach(row -> out.append(line(row, widths)).append('\n'));
        out.append(String.format(Locale.ROOT, "Race wall time %.1f s; the lanes' own training time adds up to %.1f s.%n",
                wallSeconds, computeSeconds));
        return out.toString();
    }

    private static final int MIN_LABEL_WIDTH = 24;
    private static final int MIN_VALUE_WIDTH = 7;

    /** The lane label and the yes/no of divergence left-aligned, numbers right-aligned; no trailing spaces. */
    private static String line(List<String> cells, int[] widths) {
        List<String> padded = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            padded.add(pad(cells.get(c), widths[c], c > 0 && c < cells.size() - 1));
        }
        return String.join(" ", padded).stripTrailing();
    }

    private static String pad(String text, int width, boolean right) {
        return right ? String.format("%" + width + "s", text) : String.format("%-" + width + "s", text);
    }
}
