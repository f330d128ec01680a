package dev.workbench.lessons.race;

import dev.workbench.lessons.engine.Settings;

import java.util.Objects;

/** One contestant of a race: a label for the legend and the settings it trains with. */
public record RaceLane(String label, Settings settings) {
    public RaceLane {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(settings, "settings");
    }
}
