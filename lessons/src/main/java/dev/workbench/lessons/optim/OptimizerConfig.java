package dev.workbench.lessons.optim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.AdaDelta;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * One optimizer with its hyperparameters. Every field is validated whatever the kind; a kind ignores the
 * fields outside {@link OptimizerKind#parameters()}. {@code beta2} is the decay of the running average of
 * squared gradients, so it is RMSProp's decay and AdaDelta's rho as well as Adam's beta2.
 *
 * @param kind         which optimizer
 * @param learningRate step size, finite and positive; exactly 1.0 for kinds without one (AdaDelta)
 * @param momentum     velocity decay for momentum and Nesterov, in [0, 1)
 * @param beta1        decay of the gradient mean for the Adam family, in [0, 1)
 * @param beta2        decay of the squared-gradient average, in [0, 1)
 * @param epsilon      small positive constant guarding divisions
 */
public record OptimizerConfig(OptimizerKind kind, double learningRate, double momentum, double beta1, double beta2,
        double epsilon) {

    private static final String LIST_FORMAT = "expected a comma-separated list of name[:learningRate][:option=value...], "
            + "e.g. sgd:0.05,momentum:0.01:momentum=0.95,adam:0.001:beta1=0.8";
    /** The option names of {@link #withOptions(String)}, in {@link OptimizerParameter} order. */
    public static final List<String> OPTION_NAMES = List.of("momentum", "beta1", "beta2", "epsilon");

    public OptimizerConfig {
        Objects.requireNonNull(kind, "kind");
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, was " + learningRate);
        }
        if (!kind.hasLearningRate() && learningRate != 1.0) {
            throw new IllegalArgumentException(kind.label() + " has no learning rate; use 1.0, was " + learningRate);
        }
        requireDecay("momentum", momentum);
        requireDecay("beta1", beta1);
        requireDecay("beta2", beta2);
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be finite and > 0, was " + epsilon);
        }
    }

    /** The kind with its default learning rate and ND4J's default momentum, betas and epsilon. */
    public static OptimizerConfig defaults(OptimizerKind kind) {
        return new OptimizerConfig(kind, kind.defaultLearningRate(), Nesterovs.DEFAULT_NESTEROV_MOMENTUM,
                Adam.DEFAULT_ADAM_BETA1_MEAN_DECAY, defaultBeta2(kind), defaultEpsilon(kind));
    }

    /** The kind's defaults with the given learning rate. */
    public static OptimizerConfig of(OptimizerKind kind, double learningRate) {
        return defaults(kind).withLearningRate(learningRate);
    }

    /**
     * Parses {@code name[:learningRate]} entries separated by commas, e.g. {@code "sgd:0.05,adam:0.001"}.
     * An entry without a rate gets the kind's default.
     *
     * @throws IllegalArgumentException naming the valid optimizer names, for an unknown name, a malformed
     *                                  or out-of-range number, a rate given to AdaDelta, or an empty list
     */
    public static List<OptimizerConfig> parseList(String text) {
        Objects.requireNonNull(text, "text");
        List<OptimizerConfig> configs = new ArrayList<>();
        for (String entry : text.split(",", -1)) {
            configs.add(parseEntry(entry.trim()));
        }
        return List.copyOf(configs);
    }

    /**
     * A copy with some of momentum, beta1, beta2 and epsilon changed, written as
     * {@code "momentum=0.95 beta1=0.8"} (spaces, commas or semicolons between them). Options this
     * kind does not read are accepted and have no effect.
     *
     * @throws IllegalArgumentException naming the bad option and what is allowed
     */
    public OptimizerConfig withOptions(String text) {
        OptimizerConfig result = this;
        for (String option : text.trim().split("[\\s,;]+")) {
            if (option.isEmpty()) {
                continue;
            }
            int eq = option.indexOf('=');
            String name = eq < 0 ? option : option.substring(0, eq).trim();
            if (eq < 0 || !OPTION_NAMES.contains(name)) {
                throw new IllegalArgumentException("bad optimizer option '" + option + "': write name=value with a name among "
                        + String.join(", ", OPTION_NAMES));
            }
            double value;
            try {
                value = Double.parseDouble(option.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("optimizer option " + name + " needs a number, not '"
                        + option.substring(eq + 1) + "'", e);
            }
            result = switch (name) {
                case "momentum" -> new OptimizerConfig(kind, learningRate, value, result.beta1, result.beta2, result.epsilon);
                case "beta1" -> new OptimizerConfig(kind, learningRate, result.momentum, value, result.beta2, result.epsilon);
                case "beta2" -> new OptimizerConfig(kind, learningRate, result.momentum, result.beta1, value, result.epsilon);
                default -> new OptimizerConfig(kind, learningRate, result.momentum, result.beta1, result.beta2, value);
            };
        }
        return result;
    }

    /** The options that differ from the kind's defaults and that it reads, as {@link #withOptions} takes them. */
    public String optionsText() {
        OptimizerConfig base = defaults(kind);
        List<String> parts = new ArrayList<>();
        addOption(parts, OptimizerParameter.MOMENTUM, "momentum", momentum, base.momentum);
        addOption(parts, OptimizerParameter.BETA1, "beta1", beta1, base.beta1);
        addOption(parts, OptimizerParameter.BETA2, "beta2", beta2, base.beta2);
        addOption(parts, OptimizerParameter.EPSILON, "epsilon", epsilon, base.epsilon);
        return String.join(" ", parts);
    }

    private void addOption(List<String> parts, OptimizerParameter parameter, String name, double value, double fallback) {
        if (kind.parameters().contains(parameter) && value != fallback) {
            parts.add(name + "=" + formatNumber(value));
        }
    }

    public OptimizerConfig withLearningRate(double rate) {
        return new OptimizerConfig(kind, rate, momentum, beta1, beta2, epsilon);
    }

    /** A short label for legends, e.g. {@code "Adam (lr 0.001)"}. */
    public String label() {
        String options = optionsText();
        String details = (kind.hasLearningRate() ? "lr " + formatNumber(learningRate) : "")
                + (!options.isEmpty() && kind.hasLearningRate() ? ", " : "") + options;
        return details.isEmpty() ? kind.label() : kind.label() + " (" + details + ")";
    }

    /** The ND4J updater with a constant learning rate. */
    public IUpdater toUpdater() {
        return switch (kind) {
            case SGD -> new Sgd(learningRate);
            case MOMENTUM -> new HeavyBallMomentum(learningRate, null, momentum);
            case NESTEROV -> Nesterovs.builder().learningRate(learningRate).momentum(momentum).build();
            case RMSPROP -> RmsProp.builder().learningRate(learningRate).rmsDecay(beta2).epsilon(epsilon).build();
            case ADAGRAD -> AdaGrad.builder().learningRate(learningRate).epsilon(epsilon).build();
            case ADADELTA -> AdaDelta.builder().rho(beta2).epsilon(epsilon).build();
            case ADAM -> new FastAdam(learningRate, beta1, beta2, epsilon);
            // AdaMax has no builder() in 1.0.0-M2.1; this constructor takes (learningRate, beta1, beta2, epsilon).
            case ADAMAX -> new AdaMax(learningRate, beta1, beta2, epsilon);
            case NADAM -> Nadam.builder().learningRate(learningRate).beta1(beta1).beta2(beta2).epsilon(epsilon)
                    .build();
            case AMSGRAD -> AMSGrad.builder().learningRate(learningRate).beta1(beta1).beta2(beta2).epsilon(epsilon)
                    .build();
        };
    }

    /**
     * The ND4J updater whose learning rate follows {@code learningRateSchedule}; {@link #learningRate()} is
     * then unused.
     *
     * @throws IllegalArgumentException for a kind without a learning rate
     */
    public IUpdater toUpdater(ISchedule learningRateSchedule) {
        Objects.requireNonNull(learningRateSchedule, "learningRateSchedule");
        if (!kind.hasLearningRate()) {
            throw new IllegalArgumentException(kind.label() + " has no learning rate to schedule");
        }
        IUpdater updater = toUpdater();
        updater.setLrAndSchedule(learningRate, learningRateSchedule);
        return updater;
    }

    private static OptimizerConfig parseEntry(String entry) {
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("Empty optimizer entry: " + usage());
        }
        String[] parts = entry.split(":", -1);
        String name = parts[0].trim();
        for (String part : parts) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("Empty part in optimizer entry '" + entry + "': " + usage());
            }
        }
        OptimizerKind kind;
        try {
            kind = OptimizerKind.fromCliName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown optimizer '" + name + "': " + usage(), e);
        }
        OptimizerConfig config = defaults(kind);
        int next = 1;
        if (parts.length > 1 && !parts[1].contains("=")) {
            if (!kind.hasLearningRate()) {
                throw new IllegalArgumentException(
                        "'" + name + "' takes no learning rate (its step size comes from running averages): " + usage());
            }
            String number = parts[1].trim();
            double rate;
            try {
                rate = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the learning rate of " + name + " must be a number such as "
                        + formatNumber(kind.defaultLearningRate()) + ", not '" + number + "': " + usage(), e);
            }
            if (!(rate > 0) || !Double.isFinite(rate)) {
                throw new IllegalArgumentException("the learning rate of " + name + " must be a positive number, not '"
                        + number + "': " + usage());
            }
            config = of(kind, rate);
            next = 2;
        }
        String options = String.join(" ", java.util.Arrays.asList(parts).subList(next, parts.length));
        try {
            return config.withOptions(options);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage() + " (" + usage() + ")", e);
        }
    }

    private static String usage() {
        return LIST_FORMAT + "; valid names: " + String.join(", ", OptimizerKind.cliNames());
    }

    private static double defaultBeta2(OptimizerKind kind) {
        return switch (kind) {
            case RMSPROP -> RmsProp.DEFAULT_RMSPROP_RMSDECAY;
            case ADADELTA -> AdaDelta.DEFAULT_ADADELTA_RHO;
            default -> Adam.DEFAULT_ADAM_BETA2_VAR_DECAY;
        };
    }

    private static double defaultEpsilon(OptimizerKind kind) {
        return switch (kind) {
            case ADAGRAD -> AdaGrad.DEFAULT_ADAGRAD_EPSILON;
            case ADADELTA -> AdaDelta.DEFAULT_ADADELTA_EPSILON;
            default -> Adam.DEFAULT_ADAM_EPSILON;
        };
    }

    private static void requireDecay(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + value);
        }
    }

    private static String formatNumber(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
