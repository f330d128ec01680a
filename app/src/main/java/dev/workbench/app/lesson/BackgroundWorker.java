package dev.workbench.app.lesson;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs slow work (loading data, building networks, reading checkpoints, writing files) off the
 * FX thread. Tasks run one after another, so closing an old run finishes before the next one is
 * built. Tests may use {@link #direct()}.
 */
public interface BackgroundWorker {

    <T> CompletableFuture<T> submit(Callable<T> task);

    /** One daemon thread, tasks in submission order. */
    static BackgroundWorker singleThread(String name) {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        return new BackgroundWorker() {
            @Override
            public <T> CompletableFuture<T> submit(Callable<T> task) {
                CompletableFuture<T> result = new CompletableFuture<>();
                executor.execute(() -> complete(result, task));
                return result;
            }
        };
    }

    /** Runs each task right away on the calling thread. */
    static BackgroundWorker direct() {
        return new BackgroundWorker() {
            @Override
            public <T> CompletableFuture<T> submit(Callable<T> task) {
                CompletableFuture<T> result = new CompletableFuture<>();
                complete(result, task);
                return result;
            }
        };
    }

    private static <T> void complete(CompletableFuture<T> result, Callable<T> task) {
        try {
            result.complete(task.call());
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }
}
