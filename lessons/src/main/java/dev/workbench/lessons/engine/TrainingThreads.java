package dev.workbench.lessons.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Training threads, reused from run to run. glibc gives every new thread that allocates native
 * memory its own malloc arena, and ND4J's arenas are not given back: a new thread per run grew
 * the resident memory of twenty CNN runs in one JVM from 280 MB to 1.6 GB while the Java heap
 * stayed flat. A run borrows one thread for its whole life (ND4J workspaces are bound to their
 * thread) and gives it back when it is closed.
 */
final class TrainingThreads {
    /** Idle threads kept for the next runs; races use up to five at once. */
    static final int MAX_IDLE = 6;

    private static final Deque<Worker> IDLE = new ArrayDeque<>();
    private static int created;

    private TrainingThreads() {
    }

    /** One reusable single-thread executor. */
    static final class Worker {
        private final ExecutorService executor;

        private Worker(ExecutorService executor) {
            this.executor = executor;
        }

        void execute(Runnable task) {
            executor.execute(task);
        }

        /**
         * Runs {@code last} after everything queued, waits for it, and returns the thread for
         * reuse; a thread that does not finish within the timeout is retired instead.
         */
        void release(Runnable last, long timeoutSeconds) {
            CompletableFuture<Void> done = CompletableFuture.runAsync(last, executor);
            try {
                done.get(timeoutSeconds, TimeUnit.SECONDS);
                giveBack(this);
            } catch (TimeoutException e) {
                executor.shutdownNow();
                throw new IllegalStateException("training thread did not end within " + timeoutSeconds + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                executor.shutdown();
            } catch (java.util.concurrent.ExecutionException e) {
                giveBack(this);
            }
        }
    }

    /** A thread for one run, named after it, with the engine's thread policy applied. */
    static Worker borrow(String name) {
        Worker worker;
        synchronized (TrainingThreads.class) {
            worker = IDLE.pollFirst();
            if (worker == null) {
                int number = ++created;
                worker = new Worker(Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(() -> {
                        NativeSetup.applyThreadPolicy();
                        runnable.run();
                    }, "training-" + number);
                    thread.setDaemon(true);
                    return thread;
                }));
            }
        }
        worker.execute(() -> Thread.currentThread().setName(name));
        return worker;
    }

    /** Threads made so far (a soak benchmark checks that runs reuse them). */
    static synchronized int created() {
        return created;
    }

    private static void giveBack(Worker worker) {
        synchronized (TrainingThreads.class) {
            if (IDLE.size() < MAX_IDLE) {
                IDLE.addFirst(worker);
                return;
            }
        }
        worker.executor.shutdown();
    }
}
