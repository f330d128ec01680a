package dev.workbench.app.lesson;

import dev.workbench.lessons.engine.Preparation;

import java.util.function.Consumer;

/**
 * The {@link Preparation} a page hands to its lesson: passes progress on (the page shows it) and
 * throws {@link Preparation.Cancelled} at the lesson's next report once the user cancelled.
 */
final class CancellablePreparation implements Preparation {
    private final Consumer<PreparationProgress> listener;
    private volatile boolean cancelled;

    CancellablePreparation(Consumer<PreparationProgress> listener) {
        this.listener = listener;
    }

    @Override
    public void progress(String step, double fraction) throws Cancelled {
        if (cancelled) {
            throw new Cancelled();
        }
        listener.accept(new PreparationProgress(step, fraction));
    }

    void cancel() {
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled;
    }
}
