package dev.workbench.app.compare;

import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.lessons.engine.RunEvent;

import java.util.ArrayList;
import java.util.List;

/** The events of one UI frame, one {@link RunUpdate} per lane, so charts add each lane's points at once. */
public record RaceUpdate(List<RunUpdate> lanes) {
    public RaceUpdate {
        lanes = List.copyOf(lanes);
    }

    /** Sorts a frame's events by lane; events of lanes outside {@code 0 .. laneCount − 1} are dropped. */
    public static RaceUpdate of(int laneCount, List<LaneEvent> events) {
        List<List<RunEvent>> byLane = new ArrayList<>();
        for (int i = 0; i < laneCount; i++) {
            byLane.add(new ArrayList<>());
        }
        for (LaneEvent event : events) {
            if (event.lane() >= 0 && event.lane() < laneCount) {
                byLane.get(event.lane()).add(event.event());
            }
        }
        return new RaceUpdate(byLane.stream().map(RunUpdate::of).toList());
    }

    public RunUpdate lane(int lane) {
        return lanes.get(lane);
    }

    public int laneCount() {
        return lanes.size();
    }

    /** Whether any lane finished an epoch or changed state in this frame. */
    public boolean hasMilestones() {
        return lanes.stream().anyMatch(u -> !u.epochs().isEmpty() || u.newState().isPresent());
    }
}
