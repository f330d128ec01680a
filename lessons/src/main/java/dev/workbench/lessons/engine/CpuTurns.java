package dev.workbench.lessons.engine;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Decides when a run may compute. A lone run never waits; the lanes of a race share one
 * {@link #shared()} instance and take turns, one iteration at a time, in arrival order. Each ND4J
 * operation already uses every core, so lanes computing at the same time would only fight over
 * them; taking turns gives each lane an equal share and wastes nothing.
 */
public interface CpuTurns {
    /** For a run that has the machine to itself. */
    CpuTurns NONE = new CpuTurns() {
        @Override
        public void acquire() {
        }

        @Override
        public void release() {
        }
    };

    void acquire();

    void release();

    /** One fair turn-taking lock for several runs. */
    static CpuTurns shared() {
        ReentrantLock lock = new ReentrantLock(true);
        return new CpuTurns() {
            @Override
            public void acquire() {
                lock.lock();
            }

            @Override
            public void release() {
                lock.unlock();
            }
        };
    }
}
