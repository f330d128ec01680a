package dev.workbench.lessons.optim;

import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.ChoiceParameter;
import dev.workbench.lessons.engine.HyperParameter.DecimalParameter;
import dev.workbench.lessons.engine.HyperParameter.IntegerParameter;
import dev.workbench.lessons.engine.HyperParameter.TextParameter;
import dev.workbench.lessons.engine.Numbers;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.schedule.RunSchedules;
import dev.workbench.lessons.schedule.ScheduleKind;
import org.nd4j.linalg.learning.config.IUpdater;

import java.util.Arrays;
import java.util.List;

/**
 * The optimizer settings every trainable lesson shares: optimizer, learning rate, schedule and
 * warm-up, with their standard parameter names (which the optimizer race relies on).
 */
public record TrainingOptimizer(OptimizerKind kind, double learningRate, String options, ScheduleKind schedule,
                                int warmup) {
    public static final String OPTIMIZER = "optimizer";
    public static final String LEARNING_RATE = "learning-rate";
    public static final String SCHEDULE = "lr-schedule";
    public static final String WARMUP = "warmup";
    public static final String OPTIONS = "optimizer-options";

    /** The four parameters, with a lesson's own default optimizer and rate. */
    public static List<HyperParameter> parameters(String defaultOptimizer, double defaultRate, double maxRate) {
        return List.of(
                new ChoiceParameter(OPTIMIZER, "Optimizer", "How each gradient turns into a weight update.",
                        List.of("opt"), defaultOptimizer, OptimizerKind.cliNames()),
                new DecimalParameter(LEARNING_RATE, "Learning rate", "Step size of each update (AdaDelta has none).",
                        List.of("lr"), defaultRate, 1e-5, maxRate, true),
                new TextParameter(OPTIONS, "Optimizer options", "Empty for the optimizer's defaults, or e.g. "
                        + "momentum=0.95 beta1=0.8 beta2=0.99 epsilon=1e-7.", List.of(), "", TrainingOptimizer::optionsProblem),
                new ChoiceParameter(SCHEDULE, "LR schedule", "How the learning rate changes during the run.",
                        List.of("schedule"), "fixed", Arrays.stream(ScheduleKind.values()).map(ScheduleKind::cliName).toList()),
                new IntegerParameter(WARMUP, "Warm-up iterations",
                        "Ramp the learning rate up from near zero over this many iterations.", List.of(), 0, 0, 5000));
    }

    public static TrainingOptimizer from(Settings settings) {
        return new TrainingOptimizer(OptimizerKind.fromCliName(settings.choice(OPTIMIZER)),
                settings.decimal(LEARNING_RATE), settings.text(OPTIONS), ScheduleKind.fromCliName(settings.choice(SCHEDULE)),
                settings.integer(WARMUP));
    }

    /** The optimizer with this run's learning rate (AdaDelta has none and keeps its own). */
    public OptimizerConfig config() {
        OptimizerConfig base = kind.hasLearningRate() ? OptimizerConfig.of(kind, learningRate) : OptimizerConfig.defaults(kind);
        return base.withOptions(options);
    }

    private static String optionsProblem(String text) {
        try {
            OptimizerConfig.defaults(OptimizerKind.ADAM).withOptions(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The ND4J updater, with the schedule stretched over the whole run. */
    public IUpdater updater(int epochs, int iterationsPerEpoch) {
        OptimizerConfig config = config();
        if (schedule == ScheduleKind.FIXED && warmup == 0) {
            return config.toUpdater();
        }
        return config.toUpdater(RunSchedules.forRun(schedule, config.learningRate(), epochs * iterationsPerEpoch,
                iterationsPerEpoch, warmup).toSchedule());
    }

    /** For divergence messages: "learning rate 0.5 with SGD". */
    public String describe() {
        String extra = config().optionsText();
        return "learning rate " + Numbers.compact(learningRate) + " with " + kind.label()
                + (extra.isEmpty() ? "" : " (" + extra + ")");
    }
}
