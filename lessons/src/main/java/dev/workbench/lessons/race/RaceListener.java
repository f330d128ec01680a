package dev.workbench.lessons.race;

import dev.workbench.lessons.engine.RunEvent;

/** Receives every lane's events, tagged with the lane's position; called on that lane's training thread. */
@FunctionalInterface
public interface RaceListener {
    void onEvent(int lane, RunEvent event);
}
