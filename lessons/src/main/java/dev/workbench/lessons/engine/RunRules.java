package dev.workbench.lessons.engine;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a {@link TrainingRun} needs to know about its lesson besides the session: the declared
 * metrics, the divergence rule, the live probes, the early-stopping patience and the parameters
 * that may change while it trains ({@link Lesson#liveParameters}).
 */
public record RunRules(Metrics metrics, Supplier<DivergenceRule> divergence, List<ProbeSpec> probes, int patience,
                       Set<String> liveParameters) {
    /** Loss only, the default divergence rule, no probes, no early stopping: for engine tests and benchmarks. */
    public static final RunRules DEFAULT = new RunRules(Metrics.lossOnly(Double.NaN), DivergenceDetector::new, List.of(), 0);

    public RunRules {
        probes = List.copyOf(probes);
        liveParameters = Set.copyOf(liveParameters);
    }

    /** Rules under which every setting needs a new run. */
    public RunRules(Metrics metrics, Supplier<DivergenceRule> divergence, List<ProbeSpec> probes, int patience) {
        this(metrics, divergence, probes, patience, Set.of());
    }

    /** The rules a lesson declares, with the early-stopping patience from {@code settings}. */
    public static RunRules of(Lesson lesson, Settings settings) {
        Object patience = settings.values().get(EarlyStopping.PATIENCE);
        return new RunRules(lesson.metrics(settings), lesson::divergenceRule, lesson.probes(settings),
                patience instanceof Number number ? number.intValue() : 0, lesson.liveParameters(settings));
    }
}
