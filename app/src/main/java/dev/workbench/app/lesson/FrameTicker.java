package dev.workbench.app.lesson;

import javafx.animation.AnimationTimer;

/** Runs an action on the FX thread at most {@code hertz} times a second, in step with screen pulses. */
public final class FrameTicker extends AnimationTimer {
    private final long intervalNanos;
    private final Runnable action;
    private long last;

    public FrameTicker(double hertz, Runnable action) {
        this.intervalNanos = (long) (1e9 / hertz);
        this.action = action;
    }

    @Override
    public void handle(long now) {
        if (now - last >= intervalNanos) {
            last = now;
            action.run();
        }
    }
}
