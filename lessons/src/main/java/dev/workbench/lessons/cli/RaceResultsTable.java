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

    /** One row per lane, one column per declared epoch metric, then the gap, time, time to target and divergence. */
    static String render(List<RaceResult> results, double target, double wallSeconds) {
        StringBuilder out = new StringBuilder();
        Metrics metrics = results.get(0).metrics();
        List<MetricSpec> columns = metrics.perEpoch();
        int labelWidth = Math.max(24, results.stream().mapToInt(r -> r.label().length()).max().orElse(0));
        List<String> header = new ArrayList<>();
        header.add(pad("lane", labelWidth, false));
        columns.forEach(spec -> header.add(pad(spec.shortLabel(), width(spec), true)));
        String targetText = Double.isNaN(target) ? "target" : Numbers.compact(target);
        header.addAll(List.of(pad("gap", 7, true), pad("time (s)", 9, true), pad("iters to " + targetText, 13, true),
                pad("secs to " + targetText, 13, true), "diverged"));
        out.append('\n');
        out.append(String.join(" ", header)).append('\n');
        double computeSeconds = 0;
        for (RaceResult r : results) {
            computeSeconds += r.trainingSeconds();
            List<String> cells = new ArrayList<>();
            cells.add(pad(r.label(), labelWidth, false));
            columns.forEach(spec -> cells.add(pad(Measurement.format(r.finalValue(spec.id()), spec.unit()), width(spec), true)));
            String gapUnit = metrics.gap() == null ? "" : metrics.get(metrics.gap().seen()).unit();
            cells.add(pad(Measurement.format(r.generalizationGap(), gapUnit), 7, true));
            cells.add(pad(String.format(Locale.ROOT, "%.1f", r.trainingSeconds()), 9, true));
            cells.add(pad(r.iterationsToTarget().isPresent() ? Long.toString(r.iterationsToTarget().getAsLong()) : "never", 13, true));
            cells.add(pad(r.secondsToTarget().isPresent()
                    ? String.format(Locale.ROOT, "%.1f", r.secondsToTarget().getAsDouble()) : "never", 13, true));
            cells.add(r.diverged() ? "yes" : "no");
            out.append(String.join(" ", cells)).append('\n');
        }
        out.append(String.format(Locale.ROOT, "Race wall time %.1f s; the lanes' own training time adds up to %.1f s.%n",
                wallSeconds, computeSeconds));
        return out.toString();
    }

    /** A value column is as wide as its heading, and at least 11 characters. */
    private static int width(MetricSpec spec) {
        return Math.max(11, spec.shortLabel().length());
    }

    private static String pad(String text, int width, boolean right) {
        return right ? String.format("%" + width + "s", text) : String.format("%-" + width + "s", text);
    }
}
