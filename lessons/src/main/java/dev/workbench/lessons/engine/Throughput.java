package dev.workbench.lessons.engine;

/** Samples per second over a sliding window of recent iterations, and the time left at that pace. */
final class Throughput {
    private final long[] nanos;
    private final int samplesPerIteration;
    private int next;
    private int count;
    private long windowNanos;

    Throughput(int window, int samplesPerIteration) {
        this.nanos = new long[window];
        this.samplesPerIteration = samplesPerIteration;
    }

    void record(long iterationNanos) {
        windowNanos += iterationNanos - nanos[next];
        nanos[next] = iterationNanos;
        next = (next + 1) % nanos.length;
        count = Math.min(count + 1, nanos.length);
    }

    double samplesPerSecond() {
        return windowNanos == 0 ? 0 : count * (double) samplesPerIteration / (windowNanos / 1e9);
    }

    double secondsFor(long iterations) {
        return count == 0 ? Double.NaN : iterations * (windowNanos / 1e9) / count;
    }
}
