package dev.workbench.app.compare;

import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.race.RaceListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Hands every lane's events from the training threads to the FX thread without either waiting:
 * lanes only offer to a lock-free queue, and the FX thread drains it once per frame.
 */
public final class RaceEventQueue implements RaceListener {
    private final ConcurrentLinkedQueue<LaneEvent> events = new ConcurrentLinkedQueue<>();

    @Override
    public void onEvent(int lane, RunEvent event) {
        events.offer(new LaneEvent(lane, event));
    }

    /** Everything offered so far, oldest first. */
    public List<LaneEvent> drain() {
        List<LaneEvent> drained = new ArrayList<>();
        LaneEvent event;
        while ((event = events.poll()) != null) {
            drained.add(event);
        }
        return drained;
    }
}
