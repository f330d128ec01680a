package dev.workbench.app.lesson;

import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Hands a run's events from the training thread to the FX thread without either waiting: the
 * listener only offers to a lock-free queue, and the FX thread drains it once per frame.
 */
public final class RunEventQueue implements RunListener {
    private final ConcurrentLinkedQueue<RunEvent> events = new ConcurrentLinkedQueue<>();

    @Override
    public void onEvent(RunEvent event) {
        events.offer(event);
    }

    /** Everything offered so far, oldest first. */
    public List<RunEvent> drain() {
        List<RunEvent> drained = new ArrayList<>();
        RunEvent event;
        while ((event = events.poll()) != null) {
            drained.add(event);
        }
        return drained;
    }
}
