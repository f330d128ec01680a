package dev.workbench.app.resnet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every weight layer's gradient norm over the run, gathered from the lesson's gradient probe
 * records on the FX thread. Each layer keeps at most {@value #CAPACITY} points: when full, every
 * other point is dropped, so a long run still spans its whole history.
 */
final class GradientHistory {
    static final int CAPACITY = 2000;

    /** One layer's samples: iterations and norms. */
    record Series(long[] iterations, double[] norms) {
        int size() {
            return iterations.length;
        }
    }

    private final Map<String, Growing> layers = new HashMap<>();

    void add(long iteration, List<String> names, double[] norms) {
        for (int i = 0; i < names.size(); i++) {
            layers.computeIfAbsent(names.get(i), n -> new Growing()).add(iteration, norms[i]);
        }
    }

    void clear() {
        layers.clear();
    }

    /** The layer's history, empty for a layer without measured gradients. */
    Series of(String layer) {
        Growing growing = layers.get(layer);
        return growing == null ? new Series(new long[0], new double[0]) : growing.copy();
    }

    private static final class Growing {
        private long[] iterations = new long[64];
        private double[] norms = new double[64];
        private int size;
        private int stride = 1;
        private int skipped;

        void add(long iteration, double norm) {
            if (++skipped < stride) {
                return;
            }
            skipped = 0;
            if (size == CAPACITY) {
                for (int i = 0; i < size / 2; i++) {
                    iterations[i] = iterations[2 * i];
                    norms[i] = norms[2 * i];
                }
                size /= 2;
                stride *= 2;
            }
            if (size == iterations.length) {
                iterations = java.util.Arrays.copyOf(iterations, Math.min(CAPACITY, size * 2));
                norms = java.util.Arrays.copyOf(norms, iterations.length);
            }
            iterations[size] = iteration;
            norms[size] = norm;
            size++;
        }

        Series copy() {
            return new Series(java.util.Arrays.copyOf(iterations, size), java.util.Arrays.copyOf(norms, size));
        }
    }
}
