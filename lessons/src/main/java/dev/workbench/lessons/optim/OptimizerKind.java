package dev.workbench.lessons.optim;

import static dev.workbench.lessons.optim.OptimizerParameter.BETA1;
import static dev.workbench.lessons.optim.OptimizerParameter.BETA2;
import static dev.workbench.lessons.optim.OptimizerParameter.EPSILON;
import static dev.workbench.lessons.optim.OptimizerParameter.LEARNING_RATE;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The optimizers a lesson can compare. Each carries its command-line name, a display label, a default
 * learning rate and its update rule as Markdown (Unicode math, so it renders without a LaTeX engine).
 *
 * <p>The update rules are written the way ND4J 1.0.0-M2.1 computes them (libnd4j's updater helpers), not
 * the textbook variants, so a lesson note never contradicts what the trajectory shows. Symbols: θ the
 * parameters, g the gradient at θ, η the learning rate, t the step number starting at 1.
 *
 * <p>Default learning rates are the usual framework defaults (those of Keras), not ND4J's config defaults,
 * which vary for historical reasons (ND4J's {@code Sgd} defaults to 1e-3 and {@code RmsProp} to 0.1).
 */
public enum OptimizerKind {
    SGD("sgd", "SGD", 0.01, Set.of(LEARNING_RATE), """
            Plain gradient descent:

            - `θ ← θ − η·g`
            """),
    MOMENTUM("momentum", "Momentum", 0.01, Set.of(LEARNING_RATE, OptimizerParameter.MOMENTUM), """
            Classical (heavy-ball) momentum, velocity `v` starting at 0:

            - `v ← μ·v − η·g`
            - `θ ← θ + v`

            ND4J ships no plain-momentum updater (its only momentum updater is Nesterov's), so the \
            workbench supplies this one.
            """),
    NESTEROV("nesterov", "Nesterov momentum", 0.01, Set.of(LEARNING_RATE, OptimizerParameter.MOMENTUM), """
            Nesterov momentum as ND4J's `Nesterovs` computes it (the Bengio et al. 2012 rewrite, so the \
            gradient is taken at θ and the look-ahead is folded into the step), `v` starting at 0:

            - `v′ = μ·v − η·g`
            - `θ ← θ − μ·v + (1 + μ)·v′`
            - `v ← v′`
            """),
    RMSPROP("rmsprop", "RMSProp", 0.001, Set.of(LEARNING_RATE, BETA2, EPSILON), """
            A running average `s` of squared gradients scales each coordinate (ρ is the decay, β₂ here; \
            ND4J starts `s` at ε, not 0):

            - `s ← ρ·s + (1 − ρ)·g²`
            - `θ ← θ − η·g / (√s + ε)`
            """),
    ADAGRAD("adagrad", "AdaGrad", 0.01, Set.of(LEARNING_RATE, EPSILON), """
            The sum `s` of all squared gradients so far scales each coordinate, so steps only shrink \
            (ND4J starts `s` at 10⁻⁶, whatever ε is):

            - `s ← s + g²`
            - `θ ← θ − η·g / (√s + ε)`
            """),
    ADADELTA("adadelta", "AdaDelta", 1.0, Set.of(BETA2, EPSILON), """
            No learning rate: the step size is the ratio of two running averages (ρ is the decay, β₂ \
            here), both starting at 0:

            - `s ← ρ·s + (1 − ρ)·g²`
            - `Δ = √(u + ε) / √(s + ε) · g`
            - `u ← ρ·u + (1 − ρ)·Δ²`
            - `θ ← θ − Δ`
            """),
    ADAM("adam", "Adam", 0.001, Set.of(LEARNING_RATE, BETA1, BETA2, EPSILON), """
            Running averages of the gradient (`m`) and its square (`v`), both starting at 0. ND4J folds \
            the bias correction into the step size and leaves ε unscaled:

            - `m ← β₁·m + (1 − β₁)·g`
            - `v ← β₂·v + (1 − β₂)·g²`
            - `αₜ = η·√(1 − β₂ᵗ) / (1 − β₁ᵗ)`
            - `θ ← θ − αₜ·m / (√v + ε)`
            """),
    ADAMAX("adamax", "AdaMax", 0.002, Set.of(LEARNING_RATE, BETA1, BETA2), """
            Adam with the infinity norm in place of the squared-gradient average (`u` starts at 0; \
            ND4J guards the division with 1e-32 rather than ε):

            - `m ← β₁·m + (1 − β₁)·g`
            - `u ← max(β₂·u, |g|)`
            - `θ ← θ − η / (1 − β₁ᵗ) · m / u`
            """),
    NADAM("nadam", "Nadam", 0.002, Set.of(LEARNING_RATE, BETA1, BETA2, EPSILON), """
            Adam with a Nesterov look-ahead on the mean (ND4J corrects the bias of `m` only):

            - `m ← β₁·m + (1 − β₁)·g`
            - `v ← β₂·v + (1 − β₂)·g²`
            - `θ ← θ − η·(β₁·m + (1 − β₁)·g) / (1 − β₁ᵗ) / (√v + ε)`
            """),
    AMSGRAD("amsgrad", "AMSGrad", 0.001, Set.of(LEARNING_RATE, BETA1, BETA2, EPSILON), """
            Adam whose squared-gradient average may never shrink (`v̂` is its running maximum):

            - `m ← β₁·m + (1 − β₁)·g`
            - `v ← β₂·v + (1 − β₂)·g²`
            - `v̂ ← max(v̂, v)`
            - `αₜ = η·√(1 − β₂ᵗ) / (1 − β₁ᵗ)`
            - `θ ← θ − αₜ·m / (√v̂ + ε)`
            """);

    private final String cliName;
    private final String label;
    private final double defaultLearningRate;
    private final Set<OptimizerParameter> parameters;
    private final String equations;

    OptimizerKind(String cliName, String label, double defaultLearningRate, Set<OptimizerParameter> parameters,
            String equations) {
        this.cliName = cliName;
        this.label = label;
        this.defaultLearningRate = defaultLearningRate;
        this.parameters = parameters;
        this.equations = equations;
    }

    /** The kind whose {@link #cliName()} is {@code name} (case-insensitive). */
    public static OptimizerKind fromCliName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (OptimizerKind kind : values()) {
            if (kind.cliName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "Unknown optimizer '" + name.trim() + "'; valid names: " + String.join(", ", cliNames()));
    }

    /** Every command-line name, in declaration order. */
    public static List<String> cliNames() {
        return Arrays.stream(values()).map(OptimizerKind::cliName).collect(Collectors.toUnmodifiableList());
    }

    public String cliName() {
        return cliName;
    }

    /**
     * The optimizer's one display name ("SGD", "Adam", "Nesterov momentum"): race lane labels,
     * results tables, legends, messages and the CLI's run summary all use it, so a student sees
     * one name per optimizer. {@link #cliName()} is only what is typed.
     */
    public String label() {
        return label;
    }

    /** The display name of the optimizer typed as {@code cliName}, e.g. {@code "adam"} gives {@code "Adam"}. */
    public static String displayName(String cliName) {
        return fromCliName(cliName).label();
    }

    /** Whether a lesson parameter picks an optimizer: {@code optimizer}, or a network's {@code g-optimizer}. */
    public static boolean isOptimizerParameter(String parameterName) {
        return parameterName.equals(TrainingOptimizer.OPTIMIZER) || parameterName.endsWith("-" + TrainingOptimizer.OPTIMIZER);
    }

    /**
     * A sensible starting learning rate for training networks. AdaDelta has none: its 1.0 is the
     * implicit scale of its update, and {@link OptimizerConfig} only accepts 1.0 for it.
     */
    public double defaultLearningRate() {
        return defaultLearningRate;
    }

    /** Whether the step adapts per weight to the gradients' size (RMSProp, AdaGrad, Adam...), unlike SGD and momentum. */
    public boolean isAdaptive() {
        return this != SGD && this != MOMENTUM && this != NESTEROV;
    }

    public boolean hasLearningRate() {
        return parameters.contains(LEARNING_RATE);
    }

    /** The hyperparameters this kind reads; the others in an {@link OptimizerConfig} are ignored. */
    public Set<OptimizerParameter> parameters() {
        return parameters;
    }

    /** The update rule as Markdown, for lesson notes. */
    public String equations() {
        return equations;
    }
}
