package dev.workbench.lessons.engine;

import dev.workbench.lessons.engine.MetricSpec.Goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The series every lesson shares and a lesson's full declaration. Every lesson reports its
 * training loss per iteration ({@link #LOSS}, what divergence checks and races rank by unless the
 * lesson says otherwise) and its mean per epoch ({@link #TRAIN_LOSS}); the rest is declared.
 */
public record Metrics(List<MetricSpec> specs, String rankedBy, String monitored, Gap gap) {

    /**
     * The generalization gap a lesson reports: how much better a metric is on data the network
     * has seen ({@code seen}) than on held-out data ({@code unseen}).
     */
    public record Gap(String seen, String unseen) {
    }

    /** Chart of the training loss. */
    public static final String LOSS_CHART = "loss";
    /** Chart of accuracies. */
    public static final String ACCURACY_CHART = "accuracy";

    /** The loss of each update (every lesson reports it). */
    public static final MetricSpec LOSS = new MetricSpec("loss", "Training loss", "", LOSS_CHART,
            Goal.LOWER_IS_BETTER, Double.NaN, MetricSpec.Cadence.ITERATION);
    /** The mean training loss of an epoch, computed by the engine. */
    public static final MetricSpec TRAIN_LOSS = MetricSpec.perEpoch("train-loss", "Training loss (epoch mean)", "",
            LOSS_CHART, Goal.LOWER_IS_BETTER);
    public static final MetricSpec VALIDATION_LOSS = MetricSpec.perEpoch("validation-loss", "Validation loss", "",
            LOSS_CHART, Goal.LOWER_IS_BETTER);
    public static final MetricSpec TRAIN_ACCURACY = MetricSpec.perEpoch("train-accuracy", "Training accuracy", "%",
            ACCURACY_CHART, Goal.HIGHER_IS_BETTER);
    public static final MetricSpec VALIDATION_ACCURACY = MetricSpec.perEpoch("validation-accuracy", "Validation accuracy",
            "%", ACCURACY_CHART, Goal.HIGHER_IS_BETTER);

    public Metrics {
        specs = List.copyOf(specs);
        if (specs.isEmpty() || !specs.get(0).id().equals(LOSS.id())) {
            throw new IllegalArgumentException("the first metric must be the per-iteration training loss");
        }
        if (specs.stream().map(MetricSpec::id).distinct().count() != specs.size()) {
            throw new IllegalArgumentException("metric ids must be unique: " + specs);
        }
        String ranked = rankedBy;
        if (specs.stream().noneMatch(spec -> spec.id().equals(ranked))) {
            throw new IllegalArgumentException("ranking metric '" + rankedBy + "' is not declared");
        }
        if (gap != null && (specs.stream().noneMatch(spec -> spec.id().equals(gap.seen()))
                || specs.stream().noneMatch(spec -> spec.id().equals(gap.unseen())))) {
            throw new IllegalArgumentException("gap metrics are not declared: " + gap);
        }
        String watched = monitored;
        if (watched != null && specs.stream().noneMatch(spec -> spec.id().equals(watched) && !spec.perIteration())) {
            throw new IllegalArgumentException("monitored metric '" + monitored + "' is not a declared epoch metric");
        }
    }

    /** Loss, epoch training loss and validation loss; races rank by the training loss (target {@code target}). */
    public static Metrics lossOnly(double target) {
        return new Metrics(List.of(LOSS.withTarget(target), TRAIN_LOSS, VALIDATION_LOSS), LOSS.id(), VALIDATION_LOSS.id(),
                new Gap(TRAIN_LOSS.id(), VALIDATION_LOSS.id()));
    }

    /** A classifier: losses plus training and validation accuracy. */
    public static Metrics classifier(double targetLoss) {
        return new Metrics(List.of(LOSS.withTarget(targetLoss), TRAIN_LOSS, VALIDATION_LOSS, TRAIN_ACCURACY,
                VALIDATION_ACCURACY), LOSS.id(), VALIDATION_LOSS.id(), new Gap(TRAIN_ACCURACY.id(), VALIDATION_ACCURACY.id()));
    }

    /** A copy with more series declared. */
    public Metrics plus(MetricSpec... more) {
        List<MetricSpec> all = new ArrayList<>(specs);
        all.addAll(List.of(more));
        return new Metrics(all, rankedBy, monitored, gap);
    }

    public Metrics rankedBy(String id) {
        return new Metrics(specs, id, monitored, gap);
    }

    public Metrics monitoring(String id) {
        return new Metrics(specs, rankedBy, id, gap);
    }

    /** A copy without the named series (what a run with some settings cannot measure). */
    public Metrics without(String... ids) {
        List<String> dropped = List.of(ids);
        if (dropped.contains(LOSS.id()) || dropped.contains(rankedBy)) {
            throw new IllegalArgumentException("the loss and the ranking metric cannot be dropped: " + dropped);
        }
        Gap keptGap = gap != null && (dropped.contains(gap.seen()) || dropped.contains(gap.unseen())) ? null : gap;
        String keptMonitor = monitored != null && dropped.contains(monitored) ? null : monitored;
        return new Metrics(specs.stream().filter(spec -> !dropped.contains(spec.id())).toList(), rankedBy, keptMonitor, keptGap);
    }

    public Metrics withGap(Gap newGap) {
        return new Metrics(specs, rankedBy, monitored, newGap);
    }

    /**
     * The generalization gap from final values: seen minus unseen for metrics where higher is
     * better, unseen minus seen where lower is better, so a positive gap always means "better on
     * what it has seen". NaN when the lesson declares no gap or a value is missing.
     */
    public double gap(java.util.function.ToDoubleFunction<String> finalValue) {
        if (gap == null) {
            return Double.NaN;
        }
        double difference = finalValue.applyAsDouble(gap.seen()) - finalValue.applyAsDouble(gap.unseen());
        return get(gap.seen()).goal() == Goal.HIGHER_IS_BETTER ? difference : -difference;
    }

    public Optional<MetricSpec> find(String id) {
        return specs.stream().filter(spec -> spec.id().equals(id)).findFirst();
    }

    public MetricSpec get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no metric '" + id + "'"));
    }

    /** The per-iteration training loss. */
    public MetricSpec loss() {
        return specs.get(0);
    }

    /** The metric races and comparisons rank lanes by. */
    public MetricSpec ranking() {
        return get(rankedBy);
    }

    /** The epoch metric early stopping watches, if any. */
    public Optional<MetricSpec> monitoredMetric() {
        return monitored == null ? Optional.empty() : find(monitored);
    }

    public List<MetricSpec> perIteration() {
        return specs.stream().filter(MetricSpec::perIteration).toList();
    }

    public List<MetricSpec> perEpoch() {
        return specs.stream().filter(spec -> !spec.perIteration()).toList();
    }

    /** Chart names in order of first declaration. */
    public List<String> charts() {
        return specs.stream().map(MetricSpec::chart).distinct().toList();
    }

    public List<MetricSpec> inChart(String chart) {
        return specs.stream().filter(spec -> spec.chart().equals(chart)).toList();
    }
}
