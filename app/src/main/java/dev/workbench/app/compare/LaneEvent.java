package dev.workbench.app.compare;

import dev.workbench.lessons.engine.RunEvent;

/** One event of one race lane (0-based), as it crosses from the lane's training thread. */
public record LaneEvent(int lane, RunEvent event) {
}
