package dev.workbench.app.lesson;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action on the FX thread about {@code hertz} times a second while started. Start and
 * stop it on the FX thread.
 *
 * <p>Not an {@code AnimationTimer}: that keeps JavaFX pulsing 60 times a second for as long as it
 * runs, and every pulse costs CPU that training on a two-core laptop wants. Here the window only
 * pulses when the action changed something.
 */
public final class FxTicker {
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fx-ticker");
        thread.setDaemon(true);
        return thread;
    });

    private final long periodNanos;
    private final Executor fx;
    private final Runnable action;
    /** At most one tick waits in the FX queue: a busy FX thread gets fewer ticks, not a backlog. */
    private final AtomicBoolean tickQueued = new AtomicBoolean();
    private ScheduledFuture<?> beat;

    public FxTicker(double hertz, Executor fx, Runnable action) {
        this.periodNanos = (long) (1e9 / hertz);
        this.fx = fx;
        this.action = action;
    }

    public void start() {
        if (beat == null) {
            beat = CLOCK.scheduleAtFixedRate(this::queueTick, 0, periodNanos, TimeUnit.NANOSECONDS);
        }
    }

    public void stop() {
        if (beat != null) {
            beat.cancel(false);
            beat = null;
        }
    }

    private void queueTick() {
        if (tickQueued.compareAndSet(false, true)) {
            fx.execute(() -> {
                tickQueued.set(false);
                if (beat != null) {
                    action.run();
                }
            });
        }
    }
}
