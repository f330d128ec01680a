package dev.workbench.lessons.kit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many forward and backward passes a layer helper ran: the proof, for tests and benchmarks,
 * that a path really ran (DL4J falls back to its own code silently when a helper throws).
 */
final class PassCounter {
    private final AtomicLong forwards = new AtomicLong();
    private final AtomicLong backwards = new AtomicLong();

    long forwards() {
        return forwards.get();
    }

    long backwards() {
        return backwards.get();
    }

    /** Counts a forward pass; returns its number. */
    long forward() {
        return forwards.incrementAndGet();
    }

    void backward() {
        backwards.incrementAndGet();
    }
}
