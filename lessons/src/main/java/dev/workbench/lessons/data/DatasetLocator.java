package dev.workbench.lessons.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@code datasets/} folder shipped with the Workbench: the {@code workbench.datasets}
 * system property, the {@code WORKBENCH_DATASETS} environment variable, or the nearest
 * {@code datasets/} folder at or above the working directory or the installed application.
 */
public final class DatasetLocator {
    public static final String PROPERTY = "workbench.datasets";
    public static final String ENVIRONMENT = "WORKBENCH_DATASETS";

    private DatasetLocator() {
    }

    public static Path datasetsRoot() {
        return find().orElseThrow(() -> new IllegalStateException(
                "Cannot find the Workbench 'datasets' folder. Run from the project folder or set -D" + PROPERTY + "=PATH."));
    }

    public static Optional<Path> find() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Optional<Path> fromWorkingDir = searchUp(Path.of("").toAbsolutePath());
        if (fromWorkingDir.isPresent()) {
            return fromWorkingDir;
        }
        String appPath = System.getProperty("jpackage.app-path");
        if (appPath != null) {
            return searchUp(Path.of(appPath).toAbsolutePath().getParent());
        }
        return Optional.empty();
    }

    private static Optional<Path> searchUp(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("datasets");
            if (Files.isDirectory(candidate.resolve("fashion-mnist"))) {
                return Optional.of(candidate);
            }
            Path bundled = dir.resolve("lib").resolve("app").resolve("datasets");
            if (Files.isDirectory(bundled.resolve("fashion-mnist"))) {
                return Optional.of(bundled);
            }
        }
        return Optional.empty();
    }
}
