package dev.workbench.app.landscape;

import dev.workbench.lessons.landscape.Landscape;
import dev.workbench.lessons.optim.OptimizerKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.workbench.lessons.optim.OptimizerKind.ADAGRAD;
import static dev.workbench.lessons.optim.OptimizerKind.ADAM;
import static dev.workbench.lessons.optim.OptimizerKind.ADAMAX;
import static dev.workbench.lessons.optim.OptimizerKind.AMSGRAD;
import static dev.workbench.lessons.optim.OptimizerKind.MOMENTUM;
import static dev.workbench.lessons.optim.OptimizerKind.NADAM;
import static dev.workbench.lessons.optim.OptimizerKind.NESTEROV;
import static dev.workbench.lessons.optim.OptimizerKind.RMSPROP;
import static dev.workbench.lessons.optim.OptimizerKind.SGD;

/**
 * Starting learning rates per surface. Good rates differ by orders of magnitude between optimizers
 * and surfaces (SGD needs 0.002 on Rosenbrock, Adam is happy with 0.1), so one shared default would
 * make every race look broken. These were picked from a sweep of 500 steps with {@link SharedHyperparameters#DEFAULTS}: each reaches its minimum in a few hundred to a few thousand steps, with SGD kept near its
 * stability limit where the surface makes that the lesson (the zig-zag in the bowl).
 */
public final class LaneDefaults {
    /** The optimizers racing when the page opens. */
    public static final List<OptimizerKind> INITIAL_LANES = List.of(SGD, MOMENTUM, NESTEROV, RMSPROP, ADAM);

    private static final Map<String, Map<OptimizerKind, Double>> RATES = Map.of(
            "bowl", rates(0.07, 0.01, 0.01, 0.05, 1.0, 0.2, 0.2, 0.1, 0.2),
            "rosenbrock", rates(0.002, 0.001, 0.001, 0.02, 0.5, 0.1, 0.2, 0.02, 0.1),
            "saddle", rates(0.05, 0.01, 0.01, 0.01, 0.2, 0.05, 0.05, 0.02, 0.05),
            "himmelblau", rates(0.01, 0.002, 0.002, 0.05, 0.5, 0.1, 0.1, 0.05, 0.1),
            "beale", rates(0.01, 0.001, 0.001, 0.01, 0.5, 0.05, 0.1, 0.01, 0.05),
            "noisy-bowl", rates(0.05, 0.01, 0.01, 0.02, 0.5, 0.05, 0.1, 0.02, 0.05));

    private LaneDefaults() {
    }

    /** A learning rate that makes {@code kind} move visibly on {@code landscape}; 1.0 for AdaDelta, which has none. */
    public static double learningRate(Landscape landscape, OptimizerKind kind) {
        if (!kind.hasLearningRate()) {
            return 1.0;
        }
        Map<OptimizerKind, Double> rates = RATES.get(landscape.name());
        return rates == null ? kind.defaultLearningRate() : rates.getOrDefault(kind, kind.defaultLearningRate());
    }

    private static Map<OptimizerKind, Double> rates(double sgd, double momentum, double nesterov, double rmsprop,
            double adagrad, double adam, double adamax, double nadam, double amsgrad) {
        Map<OptimizerKind, Double> rates = new EnumMap<>(OptimizerKind.class);
        rates.put(SGD, sgd);
        rates.put(MOMENTUM, momentum);
        rates.put(NESTEROV, nesterov);
        rates.put(RMSPROP, rmsprop);
        rates.put(ADAGRAD, adagrad);
        rates.put(ADAM, adam);
        rates.put(ADAMAX, adamax);
        rates.put(NADAM, nadam);
        rates.put(AMSGRAD, amsgrad);
        return Map.copyOf(rates);
    }
}
