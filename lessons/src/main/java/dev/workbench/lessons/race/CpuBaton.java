package dev.workbench.lessons.race;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one lane at a time compute, in arrival order. Each ND4J operation already uses every
 * core, so lanes running truly in parallel would only fight over them; taking turns one
 * iteration at a time gives each lane an equal share and wastes nothing.
 */
final class CpuBaton {
    private final ReentrantLock lock = new ReentrantLock(true);

    <T> T hold(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
