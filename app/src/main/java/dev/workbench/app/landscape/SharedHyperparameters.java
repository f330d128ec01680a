package dev.workbench.app.landscape;

import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.optim.OptimizerKind;

/**
 * The optimizer settings every lane shares; each optimizer reads only the ones in its
 * {@link OptimizerKind#parameters()}. The learning rate is set per lane instead.
 */
public record SharedHyperparameters(double momentum, double beta1, double beta2, double epsilon) {
    /** Classical momentum 0.9 and Adam's usual betas and epsilon. */
    public static final SharedHyperparameters DEFAULTS = new SharedHyperparameters(0.9, 0.9, 0.999, 1e-8);

    /** The full optimizer config for one lane; AdaDelta, which has no learning rate, gets 1.0. */
    public OptimizerConfig config(OptimizerKind kind, double learningRate) {
        return new OptimizerConfig(kind, kind.hasLearningRate() ? learningRate : 1.0, momentum, beta1, beta2, epsilon);
    }
}
