package dev.workbench.app.compare;

import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.race.RaceResult;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One line of the results table: how a lane did so far in the lesson's declared metrics, plus its
 * speed. A value is NaN where the lane has not got that far.
 *
 * @param lane              0-based lane, which is also its colour
 * @param updatesPerSecond  parameter updates per second of the lane's own training time
 * @param samplesPerSecond  training examples per second of the lane's own training time
 */
public record RaceRow(int lane, String label, RunState state, RaceResult result, long iterations, double seconds,
                      OptionalLong iterationsToTarget, OptionalDouble secondsToTarget,
                      double updatesPerSecond, double samplesPerSecond, boolean diverged, String failure) {

    /** @param samplesPerIteration training examples in one update (the batch), or NaN when unknown */
    public static RaceRow of(int lane, RaceResult result, RunState state, double samplesPerIteration) {
        double updates = result.trainingSeconds() > 0 ? result.iterations() / result.trainingSeconds() : Double.NaN;
        return new RaceRow(lane, result.label(), state, result, result.iterations(),
                result.trainingSeconds(), result.iterationsToTarget(), result.secondsToTarget(), updates,
                updates * samplesPerIteration, result.diverged(), result.failure());
    }

    /**
     * The batch size behind a lane's first update: the engine reports samples per second over the
     * iterations so far, which after the first one is exactly its samples over its seconds.
     */
    public static double samplesPerIteration(IterationMetrics first) {
        double samples = Math.rint(first.samplesPerSecond() * first.trainingSeconds());
        return first.iteration() == 1 && samples >= 1 ? samples : Double.NaN;
    }

    /** The final value of a declared metric, NaN where the lane has not reported it. */
    public double finalValue(String metricId) {
        return result.finalValue(metricId);
    }

    /** How much better the network does on what it has seen, by the lesson's declared gap. */
    public double gap() {
        return result.generalizationGap();
    }

    /** The failure message for a lane that diverged or crashed, else empty. */
    public String failureMessage() {
        if (failure == null) {
            return "";
        }
        int colon = failure.indexOf(": ");
        return colon >= 0 ? failure.substring(colon + 2) : failure;
    }
}
