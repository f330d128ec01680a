package dev.workbench.lessons.text;

import java.util.Random;

/**
 * Sampling the next character at a temperature T: {@code p_i ∝ exp(z_i / T)}. From softmax
 * probabilities that is {@code p_i^(1/T)} renormalised, computed in logs so that a small T does
 * not underflow every probability to zero. T = 1 keeps the model's own distribution, lower T
 * sharpens it towards the most likely character, higher T flattens it.
 */
public final class Temperature {
    private Temperature() {
    }

    /** The distribution {@code probabilities} becomes at temperature {@code t}. */
    public static double[] apply(double[] probabilities, double t) {
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("temperature must be positive and finite: " + t);
        }
        double[] logs = new double[probabilities.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logs.length; i++) {
            logs[i] = probabilities[i] > 0 ? Math.log(probabilities[i]) / t : Double.NEGATIVE_INFINITY;
            max = Math.max(max, logs[i]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("no character has a positive probability");
        }
        double sum = 0;
        double[] out = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            out[i] = Math.exp(logs[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** Draws an index from {@code probabilities} (summing to 1) with {@code random}. */
    public static int draw(double[] probabilities, Random random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < probabilities.length; i++) {
            cumulative += probabilities[i];
            if (u < cumulative) {
                return i;
            }
        }
        for (int i = probabilities.length - 1; i >= 0; i--) {
            if (probabilities[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no character has a positive probability");
    }
}
