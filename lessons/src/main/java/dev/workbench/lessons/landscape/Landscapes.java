package dev.workbench.lessons.landscape;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The landscapes lessons offer, in menu order. */
public final class Landscapes {
    private static final List<Landscape> ALL = List.of(
            new IllConditionedBowl(), new Rosenbrock(), new SaddlePoint(), new Himmelblau(), new Beale(),
            new NoisyBowl());

    private Landscapes() {
    }

    public static List<Landscape> all() {
        return ALL;
    }

    /** The landscape whose {@link Landscape#name()} is {@code name} (case-insensitive). */
    public static Landscape byName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream()
                .filter(landscape -> landscape.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown landscape '" + name.trim()
                        + "'; valid names: " + ALL.stream().map(Landscape::name).collect(Collectors.joining(", "))));
    }
}
