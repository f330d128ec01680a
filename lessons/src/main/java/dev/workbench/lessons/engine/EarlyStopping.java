package dev.workbench.lessons.engine;

import java.util.List;
import java.util.Optional;

/**
 * Early stopping as the engine does it, for every lesson: after each epoch, compare the lesson's
 * monitored validation metric with the best so far; keep a copy of the best parameters in
 * memory; after {@code patience} epochs without improvement stop, and at the end of the run put
 * the best parameters back. DL4J's {@code EarlyStoppingTrainer} runs its own loop, which could
 * not be paused or stepped, so this takes its ideas and not its loop.
 */
public final class EarlyStopping {
    /** The setting every lesson offers: epochs without improvement before stopping, 0 for off. */
    public static final String PATIENCE = "early-stopping";

    private final MetricSpec metric;
    private final int patience;
    private double best = Double.NaN;
    private int bestEpoch;
    private int epochsWithoutImprovement;
    private ParameterSnapshot bestParameters;

    EarlyStopping(MetricSpec metric, int patience) {
        this.metric = metric;
        this.patience = patience;
    }

    /** The setting, to add to a lesson's parameters. */
    public static HyperParameter parameter() {
        return new HyperParameter.IntegerParameter(PATIENCE, "Early stopping (patience)",
                "Stop when the validation measure has not improved for this many epochs and keep the best "
                        + "epoch's weights (0: off).", List.of("patience"), 0, 0, 100);
    }

    /** Early stopping with this patience, or empty when off (0) or the lesson monitors nothing. */
    static Optional<EarlyStopping> from(Metrics metrics, int patience) {
        if (patience <= 0) {
            return Optional.empty();
        }
        return metrics.monitoredMetric().map(metric -> new EarlyStopping(metric, patience));
    }

    /**
     * Records an epoch's value; takes a snapshot when it is the best so far.
     *
     * @return true when the run should stop now
     */
    boolean afterEpoch(int epoch, double value, LessonSession session) {
        if (metric.goal().better(value, best)) {
            best = value;
            bestEpoch = epoch;
            epochsWithoutImprovement = 0;
            bestParameters = session.snapshot().orElse(null);
            return false;
        }
        epochsWithoutImprovement++;
        return epochsWithoutImprovement >= patience;
    }

    /** Puts the best epoch's parameters back, if a snapshot was taken and it is not the last epoch. */
    boolean restoreBest(int lastEpoch) {
        if (bestParameters == null || bestEpoch == lastEpoch) {
            return false;
        }
        bestParameters.restore();
        return true;
    }

    MetricSpec metric() {
        return metric;
    }

    int patience() {
        return patience;
    }

    double best() {
        return best;
    }

    int bestEpoch() {
        return bestEpoch;
    }
}
