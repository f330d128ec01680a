package dev.workbench.app.rate;

import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.mlp.MlpSettings;
import dev.workbench.lessons.optim.TrainingOptimizer;
import dev.workbench.lessons.schedule.RunSchedules;
import dev.workbench.lessons.schedule.ScheduleSpec;

/**
 * The learning rate a run with given settings will use at every iteration, worked out before
 * training: the run's length from epochs, batch size and training images, the schedule the
 * lesson builds for that length, and at most {@link #MAX_POINTS} samples of it to plot.
 *
 * @param iterations the sampled iterations, counted from 0, increasing
 * @param rates      the rate at each sampled iteration
 */
public record ScheduleCurve(ScheduleSpec spec, int epochs, int iterationsPerEpoch, int[] iterations, double[] rates) {
    /** Enough points for a smooth line however long the run. */
    public static final int MAX_POINTS = 600;

    public ScheduleCurve {
        iterations = iterations.clone();
        rates = rates.clone();
    }

    /** The curve for settings of a perceptron lesson (learning rate, batch size...). */
    public static ScheduleCurve of(Settings settings) {
        MlpSettings mlp = MlpSettings.from(settings);
        int batch = Math.min(mlp.batchSize(), mlp.trainImages());
        int perEpoch = Math.max(1, mlp.trainImages() / batch);
        long total = (long) perEpoch * mlp.epochs();
        int totalIterations = (int) Math.min(Integer.MAX_VALUE, total);
        TrainingOptimizer optimizer = mlp.optimizer();
        ScheduleSpec spec = RunSchedules.forRun(optimizer.schedule(), optimizer.config().learningRate(), totalIterations,
                perEpoch, optimizer.warmup());
        int[] sampled = sampleIterations(totalIterations, MAX_POINTS);
        return new ScheduleCurve(spec, mlp.epochs(), perEpoch, sampled, spec.sampleAt(sampled));
    }

    /** Every iteration of a short run; for a long one, {@code points} spread evenly from the first to the last. */
    static int[] sampleIterations(int total, int points) {
        int n = Math.min(total, points);
        int[] sampled = new int[n];
        for (int i = 0; i < n; i++) {
            sampled[i] = n == total ? i : (int) Math.round(i * (total - 1.0) / (n - 1));
        }
        return sampled;
    }

    public int totalIterations() {
        return epochs * iterationsPerEpoch;
    }

    @Override
    public int[] iterations() {
        return iterations.clone();
    }

    @Override
    public double[] rates() {
        return rates.clone();
    }
}
