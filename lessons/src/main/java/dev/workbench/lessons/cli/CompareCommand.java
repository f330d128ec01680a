package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.Numbers;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.optim.TrainingOptimizer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code workbench compare LESSON --optimizers sgd:0.05,adam:0.001} races optimizers on the same
 * network, data and seed; {@code --comparison ID} runs one of the lesson's ready-made experiments.
 * Prints a results table and writes CSVs and a PNG chart.
 */
final class CompareCommand {

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
            throw new UsageException(lanesNeeded(lesson, optimizers != null));
        }
        long seed = line.takeLong("seed", Settings.DEFAULT_SEED);
        double target = target(line, lesson);
        String outDir = line.take("out", null);
        Map<String, String> base = LessonOptions.rawOptions(lesson, line);
        List<RaceLane> lanes;
        double budget = 0;
        String title;
        try {
            if (optimizers != null) {
                for (String perLane : List.of(TrainingOptimizer.OPTIMIZER, TrainingOptimizer.LEARNING_RATE, TrainingOptimizer.OPTIONS)) {
                    if (base.containsKey(perLane)) {
                        throw new UsageException("--" + perLane + " has no effect with --optimizers: each lane sets its own "
                                + "(e.g. --optimizers sgd:0.05,momentum:0.01:momentum=0.95); leave it out");
                    }
                }
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
        String laneColumn = "  %-" + lanes.stream().mapToInt(lane -> lane.label().length()).max().orElse(1) + "s";
        try (Race race = Race.prepare(lesson, lanes)) {
            race.addListener((lane, event) -> {
                if (event instanceof RunEvent.EpochMetrics ep) {
                    out.printf(Locale.ROOT, laneColumn + " epoch %d: %s%n", lanes.get(lane).label(), ep.epoch(),
                            epochSummary(lesson.metrics(), ep));
                } else if (event instanceof RunEvent.RunFailed failed) {
                    out.printf(laneColumn + " stopped: %s%n", lanes.get(lane).label(), failed.message());
                }
            });
            race.limitTrainingSeconds(budget);
            long start = System.nanoTime();
            race.start();
            race.awaitEnd(Duration.ofHours(12));
            double wall = (System.nanoTime() - start) / 1e9;
            List<RaceResult> results = race.results(target);
            out.print(RaceResultsTable.render(results, target, wall));
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

    /**
     * What to give when the lanes are missing (or given twice): the lesson's ready-made comparisons
     * with their titles, or that it has none, and how to race optimizers instead.
     */
    static String lanesNeeded(Lesson lesson, boolean both) {
        StringBuilder text = new StringBuilder(both
                ? "give either --optimizers or --comparison, not both."
                : "compare needs lanes to race.");
        List<Comparison> comparisons = lesson.comparisons();
        if (comparisons.isEmpty()) {
            text.append(" Lesson ").append(lesson.id()).append(" has no ready-made comparisons;");
        } else {
            text.append(" Lesson ").append(lesson.id()).append("'s ready-made comparisons (--comparison ID):");
            int width = comparisons.stream().mapToInt(c -> c.id().length()).max().orElse(0);
            for (Comparison comparison : comparisons) {
                text.append(String.format(Locale.ROOT, "%n    %-" + width + "s  %s (%d lanes)", comparison.id(),
                        comparison.title(), comparison.lanes().size()));
            }
            text.append(System.lineSeparator()).append("  or");
        }
        if (OptimizerLanes.supports(lesson)) {
            text.append(" define the lanes yourself with --optimizers NAME[:RATE][:option=value],... (2 to 5 entries), "
                    + "e.g. --optimizers sgd:0.05,momentum:0.01,adam:0.001");
        } else if (comparisons.isEmpty()) {
            text.append(" it has no optimizer to race either.");
        }
        return text.toString();
    }

    private static List<OptimizerConfig> optimizerList(String spec) {
        List<OptimizerConfig> configs = OptimizerConfig.parseList(spec);
        if (configs.size() < 2 || configs.size() > 5) {
            throw new IllegalArgumentException("--optimizers needs 2 to 5 entries, got " + configs.size());
        }
        return configs;
    }

    /** The value of the lesson's ranking metric whose first crossing is timed: --target, or the lesson's default. */
    private static double target(CommandLine line, Lesson lesson) throws UsageException {
        String text = line.take("target", line.take("target-loss", null));
        if (text == null) {
            return lesson.metrics().ranking().defaultTarget();
        }
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--target must be a positive number, not '" + text + "'");
    }

    /** The epoch's training loss and the lesson's last declared epoch metric, e.g. "train loss 0.41, validation accuracy 86.0%". */
    private static String epochSummary(Metrics metrics, RunEvent.EpochMetrics ep) {
        List<MetricSpec> epochMetrics = metrics.perEpoch();
        MetricSpec headline = epochMetrics.get(epochMetrics.size() - 1);
        return "train loss " + Measurement.format(ep.value(Metrics.TRAIN_LOSS.id()), "") + ", "
                + headline.shortLabel() + " " + Measurement.format(ep.value(headline.id()), headline.unit());
    }

}
