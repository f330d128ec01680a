package dev.workbench.app.landscape;

import dev.workbench.app.lesson.LessonRunner;
import dev.workbench.lessons.landscape.LandscapeRace;
import dev.workbench.lessons.landscape.LaneState;
import dev.workbench.lessons.landscape.RaceFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Steps a {@link LandscapeRace} on one background thread (ND4J arrays belong to the thread that made
 * them) a little ahead of the animation, and offers what it recorded as {@link RaceChunk}s to a
 * non-blocking queue that the FX thread drains once per frame. It never waits for the screen. It
 * stops computing once every lane has arrived at the minimum or diverged.
 */
final class RaceWorker implements AutoCloseable {
    /** A race ends here even if nobody has reached a minimum. */
    static final int MAX_STEPS = 5000;
    /** Steps per chunk: small enough that the first points show at once. */
    private static final int CHUNK_STEPS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(RaceWorker.class);

    /** One race to compute: its setup under a generation number. */
    private record Job(long generation, RaceSetup setup) {
    }

    private final Executor executor;
    private final ExecutorService ownExecutor;
    private final Queue<RaceChunk> chunks = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Job> job = new AtomicReference<>();
    private final AtomicInteger wanted = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private long nextGeneration;

    // Confined to the worker thread.
    private LandscapeRace race;
    private long raceGeneration = -1;
    private int[] divergedAt;

    /** A worker with its own daemon thread. */
    RaceWorker() {
        ownExecutor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "landscape-race");
            thread.setDaemon(true);
            return thread;
        });
        executor = ownExecutor;
    }

    /** A worker on the given executor, which must run tasks one at a time (tests may run them directly). */
    RaceWorker(Executor executor) {
        this.executor = executor;
        this.ownExecutor = null;
    }

    /** Starts a new race (older chunks become stale) and computes its first {@code steps} steps. Call on one thread. */
    long restart(RaceSetup setup, int steps) {
        long generation = ++nextGeneration;
        wanted.set(Math.min(steps, MAX_STEPS));
        job.set(new Job(generation, setup));
        schedule();
        return generation;
    }

    /** Asks for the race to be computed up to {@code steps} steps (it may already be further). */
    void want(int steps) {
        int target = Math.min(steps, MAX_STEPS);
        if (wanted.getAndAccumulate(target, Math::max) < target) {
            schedule();
        }
    }

    /** The next computed chunk, or null. */
    RaceChunk poll() {
        return chunks.poll();
    }

    @Override
    public void close() {
        job.set(null);
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::work);
            } catch (RejectedExecutionException closed) {
                scheduled.set(false);
            }
        }
    }

    private void work() {
        scheduled.set(false);
        Job current = job.get();
        if (current == null) {
            return;
        }
        try {
            if (current.generation() != raceGeneration) {
                RaceSetup setup = current.setup();
                race = new LandscapeRace(setup.landscape(), setup.start(), setup.lanes());
                raceGeneration = current.generation();
                divergedAt = new int[race.laneCount()];
                Arrays.fill(divergedAt, -1);
            }
            while (job.get() == current && race.stepCount() < wanted.get() && !race.allSettled()) {
                chunks.offer(computeChunk(current.generation(), Math.min(CHUNK_STEPS, wanted.get() - race.stepCount())));
            }
        } catch (RuntimeException e) {
            LOG.warn("Landscape race failed", e);
            chunks.offer(RaceChunk.failed(current.generation(), race == null ? 0 : race.stepCount(), LessonRunner.describe(e)));
            job.compareAndSet(current, null);
        }
    }

    private RaceChunk computeChunk(long generation, int steps) {
        int lanes = race.laneCount();
        double[][] buffers = new double[lanes][3 * steps];
        int[] counts = new int[lanes];
        for (int s = 0; s < steps && !race.allSettled(); s++) {
            RaceFrame frame = race.step();
            for (int lane = 0; lane < lanes; lane++) {
                LaneState state = frame.lanes().get(lane);
                if (state.head().step() == frame.step()) {
                    buffers[lane][counts[lane]++] = state.head().x();
                    buffers[lane][counts[lane]++] = state.head().y();
                    buffers[lane][counts[lane]++] = state.head().loss();
                } else if (state.diverged() && divergedAt[lane] < 0) {
                    divergedAt[lane] = frame.step();
                }
            }
        }
        double[][] points = new double[lanes][];
        for (int lane = 0; lane < lanes; lane++) {
            points[lane] = Arrays.copyOf(buffers[lane], counts[lane]);
        }
        return new RaceChunk(generation, race.stepCount(), points, divergedAt.clone(), null);
    }
}
