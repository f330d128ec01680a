package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.race.ComparisonLanes;
import dev.workbench.lessons.race.OptimizerLanes;
import dev.workbench.lessons.race.Race;
import dev.workbench.lessons.race.RaceChartImage;
import dev.workbench.lessons.race.RaceLane;
import dev.workbench.lessons.race.RaceReport;
import dev.workbench.lessons.race.RaceResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code workbench compare LESSON --optimizers sgd:0.05,adam:0.001} races optimizers on the same
 * network, data and seed; {@code --comparison ID} runs one of the lesson's ready-made experiments.
 * Prints a results table and writes CSVs and a PNG chart.
 */
final class CompareCommand {
    static final double DEFAULT_TARGET_LOSS = 0.6;

    private final PrintStream out;
    private final PrintStream err;

    CompareCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(CommandLine line) throws UsageException {
        Lesson lesson = LessonOptions.lesson(line);
        String optimizers = line.take("optimizers", null);
        String comparisonId = line.take("comparison", null);
        if ((optimizers == null) == (comparisonId == null)) {
            throw new UsageException("compare needs either --optimizers (e.g. sgd:0.05,momentum:0.01,adam:0.001) "
                    + "or --comparison ID (one of the lesson's: "
                    + String.join(", ", lesson.comparisons().stream().map(Comparison::id).toList()) + ")");
        }
        long seed = line.takeLong("seed", Settings.DEFAULT_SEED);
        double target = targetLoss(line);
        String outDir = line.take("out", null);
        Map<String, String> base = LessonOptions.rawOptions(lesson, line);
        List<RaceLane> lanes;
        double budget = 0;
        String title;
        try {
            if (optimizers != null) {
                lanes = OptimizerLanes.of(lesson, base, seed, optimizerList(optimizers));
                title = lesson.info().title() + ": optimizer race";
            } else {
                Comparison comparison = ComparisonLanes.find(lesson, comparisonId);
                lanes = ComparisonLanes.of(lesson, comparison, base, seed);
                budget = comparison.trainingSecondsBudget();
                title = lesson.info().title() + ": " + comparison.title();
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path folder = outDir != null ? Path.of(outDir) : Path.of("runs", lesson.id() + "-compare-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));

        out.printf("Racing %d lanes on %s (seed %d): %s%n", lanes.size(), lesson.info().title(), seed,
                String.join(", ", lanes.stream().map(RaceLane::label).toList()));
        try (Race race = Race.prepare(lesson, lanes)) {
            race.addListener((lane, event) -> {
                if (event instanceof RunEvent.EpochMetrics ep) {
                    out.printf(Locale.ROOT, "  %-24s epoch %d: train loss %.4f, validation acc %s%n",
                            lanes.get(lane).label(), ep.epoch(), ep.trainLoss(), percent(ep.validationAccuracy()));
                } else if (event instanceof RunEvent.RunFailed failed) {
                    out.printf("  %-24s stopped: %s%n", lanes.get(lane).label(), failed.message());
                }
            });
            race.limitTrainingSeconds(budget);
            long start = System.nanoTime();
            race.start();
            race.awaitEnd(Duration.ofHours(12));
            double wall = (System.nanoTime() - start) / 1e9;
            List<RaceResult> results = race.results(target);
            printTable(results, target, wall);
            RaceReport.writeLossesCsv(race, folder.resolve("race-losses.csv"));
            RaceReport.writeResultsCsv(results, folder.resolve("race-results.csv"));
            RaceChartImage.write(race, title, folder.resolve("race.png"));
            out.println("Losses:  " + folder.resolve("race-losses.csv"));
            out.println("Results: " + folder.resolve("race-results.csv"));
            out.println("Chart:   " + folder.resolve("race.png"));
            return WorkbenchCli.OK;
        } catch (LessonException e) {
            err.println("workbench: " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        } catch (IOException e) {
            err.println("workbench: cannot write results to " + folder + ": " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WorkbenchCli.TRAINING_FAILED;
        }
    }

    private static List<OptimizerConfig> optimizerList(String spec) {
        List<OptimizerConfig> configs = OptimizerConfig.parseList(spec);
        if (configs.size() < 2 || configs.size() > 5) {
            throw new IllegalArgumentException("--optimizers needs 2 to 5 entries, got " + configs.size());
        }
        return configs;
    }

    private static double targetLoss(CommandLine line) throws UsageException {
        String text = line.take("target-loss", null);
        if (text == null) {
            return DEFAULT_TARGET_LOSS;
        }
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--target-loss must be a positive number, not '" + text + "'");
    }

    private void printTable(List<RaceResult> results, double target, double wallSeconds) {
        out.println();
        out.printf(Locale.ROOT, "%-24s %10s %10s %9s %9s %7s %9s %13s %13s %s%n", "lane", "train loss", "val loss",
                "train acc", "val acc", "gap", "time (s)", "iters to " + target, "secs to " + target, "diverged");
        double computeSeconds = 0;
        for (RaceResult r : results) {
            computeSeconds += r.trainingSeconds();
            out.printf(Locale.ROOT, "%-24s %10s %10s %9s %9s %7s %9.1f %13s %13s %s%n", r.label(), number(r.finalTrainLoss()),
                    number(r.finalValidationLoss()), percent(r.finalTrainAccuracy()), percent(r.finalValidationAccuracy()),
                    percent(r.generalizationGap()), r.trainingSeconds(),
                    r.iterationsToTarget().isPresent() ? Long.toString(r.iterationsToTarget().getAsLong()) : "never",
                    r.secondsToTarget().isPresent() ? String.format(Locale.ROOT, "%.1f", r.secondsToTarget().getAsDouble()) : "never",
                    r.diverged() ? "yes" : "no");
        }
        out.printf(Locale.ROOT, "Race wall time %.1f s; the lanes' own training time adds up to %.1f s.%n",
                wallSeconds, computeSeconds);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
