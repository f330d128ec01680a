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
        return parameters(Network.ONLY, defaultOptimizer, defaultRate, maxRate);
    }

    /**
     * One network's optimizer block in a lesson that trains several (a GAN's generator and
     * discriminator): the same parameters, named with the network's prefix, e.g. {@code g-optimizer},
     * {@code g-learning-rate} (alias {@code g-lr}).
     */
    public static List<HyperParameter> parameters(Network network, String defaultOptimizer, double defaultRate,
                                                  double maxRate) {
        String who = network.label().isEmpty() ? "" : network.label() + ": ";
        return List.of(
                new ChoiceParameter(network.name(OPTIMIZER), who + "Optimizer", "How each gradient turns into a weight update.",
                        network.aliases("opt"), defaultOptimizer, OptimizerKind.cliNames(),
                        Arrays.stream(OptimizerKind.values()).collect(java.util.stream.Collectors.toMap(OptimizerKind::cliName, OptimizerKind::label))),
                new DecimalParameter(network.name(LEARNING_RATE), who + "Learning rate",
                        "Step size of each update (AdaDelta has none).", network.aliases("lr"), defaultRate, 1e-5, maxRate, true),
                new TextParameter(network.name(OPTIONS), who + "Optimizer options", "Empty for the optimizer's defaults, or e.g. "
                        + "momentum=0.95 beta1=0.8 beta2=0.99 epsilon=1e-7.", List.of(), "", TrainingOptimizer::optionsProblem),
                new ChoiceParameter(network.name(SCHEDULE), who + "LR schedule", "How the learning rate changes during the run.",
                        network.aliases("schedule"), "fixed",
                        Arrays.stream(ScheduleKind.values()).map(ScheduleKind::cliName).toList(),
                        Arrays.stream(ScheduleKind.values()).collect(java.util.stream.Collectors.toMap(ScheduleKind::cliName, ScheduleKind::label))),
                new IntegerParameter(network.name(WARMUP), who + "Warm-up iterations",
                        "Ramp the learning rate up from near zero over this many iterations.", List.of(), 0, 0, 5000));
    }

    public static TrainingOptimizer from(Settings settings) {
        return from(settings, Network.ONLY);
    }

    /** The optimizer block of one network of a lesson that trains several. */
    public static TrainingOptimizer from(Settings settings, Network network) {
        return new TrainingOptimizer(OptimizerKind.fromCliName(settings.choice(network.name(OPTIMIZER))),
                settings.decimal(network.name(LEARNING_RATE)), settings.text(network.name(OPTIONS)),
                ScheduleKind.fromCliName(settings.choice(network.name(SCHEDULE))), settings.integer(network.name(WARMUP)));
    }

    /**
     * Which network an optimizer block belongs to.
     *
     * @param prefix short name put before each parameter ("g" gives {@code g-learning-rate}); empty for the only network
     * @param label  what the form shows before each field ("Generator"); empty for the only network
     */
    public record Network(String prefix, String label) {
        /** A lesson with one network: the plain names. */
        public static final Network ONLY = new Network("", "");

        public Network {
            if (!prefix.isEmpty() && !prefix.matches("[a-z][a-z0-9]*")) {
                throw new IllegalArgumentException("network prefix must be lower-case letters and digits: " + prefix);
            }
        }

        /** The parameter name for this network, e.g. {@code g-learning-rate}. */
        public String name(String parameter) {
            return prefix.isEmpty() ? parameter : prefix + "-" + parameter;
        }

        List<String> aliases(String alias) {
            return List.of(name(alias));
        }
    }

    /**
     * The optimizer parameters a run with these settings can change while it trains: the learning
     * rate, when the optimizer has one and no schedule or warm-up sets it (DL4J's
     * {@code setLearningRate} would replace a schedule with a constant). The optimizer itself, its
     * options and the schedule need a new run: a different updater starts from fresh state.
     */
    public static java.util.Set<String> liveParameters(Settings settings) {
        return liveParameters(settings, Network.ONLY);
    }

    /** The live optimizer parameters of one network's block, e.g. {@code g-learning-rate}. */
    public static java.util.Set<String> liveParameters(Settings settings, Network network) {
        TrainingOptimizer optimizer = from(settings, network);
        return optimizer.kind().hasLearningRate() && optimizer.schedule() == ScheduleKind.FIXED && optimizer.warmup() == 0
                ? java.util.Set.of(network.name(LEARNING_RATE)) : java.util.Set.of();
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

    /** What to try after this run diverged: a smaller rate, and an adaptive optimizer only if this one is not. */
    public String divergenceAdvice() {
        String smaller = kind.hasLearningRate()
                ? "Try a learning rate about 10 times smaller (" + Numbers.compact(learningRate / 10) + ")"
                : "Try different optimizer options";
        return smaller + (kind.isAdaptive() ? "." : ", or an adaptive optimizer such as Adam.");
    }

    /** For divergence messages: "learning rate 0.5 with SGD". */
    public String describe() {
        String extra = config().optionsText();
        return "learning rate " + Numbers.compact(learningRate) + " with " + kind.label()
                + (extra.isEmpty() ? "" : " (" + extra + ")");
    }
}
