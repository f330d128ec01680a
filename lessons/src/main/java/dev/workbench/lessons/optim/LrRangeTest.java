package dev.workbench.lessons.optim;

import dev.workbench.lessons.engine.LearningRateControl;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.NativeSetup;

import java.util.Arrays;

/**
 * The learning-rate range test (Leslie Smith, 2015): train a fresh network for a few hundred
 * iterations while the learning rate grows exponentially from tiny to huge, and watch the loss.
 * It falls slowly, then fast, then blows up. A good learning rate sits where it falls fastest,
 * well before the blow-up.
 */
public final class LrRangeTest {
    /** Stop once the smoothed loss is this many times its best value: the rate is far too high. */
    static final double BLOW_UP_FACTOR = 4.0;
    static final double SMOOTHING = 0.98;

    private LrRangeTest() {
    }

    /** Learning rates tried, smoothed losses seen, and the suggested rate. */
    public record Result(double[] learningRates, double[] losses, double suggested, int suggestedIndex) {
        public Result {
            learningRates = learningRates.clone();
            losses = losses.clone();
        }

        @Override
        public double[] learningRates() {
            return learningRates.clone();
        }

        @Override
        public double[] losses() {
            return losses.clone();
        }
    }

    /**
     * Runs the sweep on the calling thread. The session must be fresh (its network untrained) and
     * not used by anything else; it is left trained with a useless, very high rate.
     */
    public static <S extends LessonSession & LearningRateControl> Result run(S session, double minRate, double maxRate,
                                                                            int iterations) {
        if (!(0 < minRate && minRate < maxRate) || iterations < 10) {
            throw new IllegalArgumentException("need 0 < minRate < maxRate and at least 10 iterations");
        }
        NativeSetup.applyThreadPolicy();
        double factor = Math.pow(maxRate / minRate, 1.0 / (iterations - 1));
        double[] rates = new double[iterations];
        double[] losses = new double[iterations];
        double average = 0;
        double best = Double.POSITIVE_INFINITY;
        int done = 0;
        session.startEpoch(1);
        for (int i = 0; i < iterations; i++) {
            double rate = minRate * Math.pow(factor, i);
            session.setLearningRate(rate);
            double loss = session.trainIteration();
            if (!Double.isFinite(loss)) {
                break;
            }
            average = SMOOTHING * average + (1 - SMOOTHING) * loss;
            double smoothed = average / (1 - Math.pow(SMOOTHING, i + 1));
            rates[i] = rate;
            losses[i] = smoothed;
            done = i + 1;
            best = Math.min(best, smoothed);
            if (i > iterations / 10 && smoothed > BLOW_UP_FACTOR * best) {
                break;
            }
        }
        double[] r = Arrays.copyOf(rates, done);
        double[] l = Arrays.copyOf(losses, done);
        int index = steepestDescent(r, l);
        return new Result(r, l, r[index], index);
    }

    /**
     * Where the smoothed loss falls fastest per decade of learning rate before its minimum,
     * measured over a window of points so that batch-to-batch noise does not decide.
     */
    static int steepestDescent(double[] rates, double[] losses) {
        int minimum = 0;
        for (int i = 1; i < losses.length; i++) {
            if (losses[i] < losses[minimum]) {
                minimum = i;
            }
        }
        int window = Math.max(3, losses.length / 15);
        int best = minimum / 2;
        double steepest = 0;
        for (int i = window; i <= minimum; i++) {
            double slope = (losses[i] - losses[i - window]) / (Math.log10(rates[i]) - Math.log10(rates[i - window]));
            if (slope < steepest) {
                steepest = slope;
                best = i - window / 2;
            }
        }
        return best;
    }
}
