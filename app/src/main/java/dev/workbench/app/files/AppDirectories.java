package dev.workbench.app.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps what a person saves (checkpoints, exported charts and CSV), following each
 * system's convention: {@code $XDG_DATA_HOME/deep-learning-workbench} (or
 * {@code ~/.local/share/...}) on Linux, {@code %APPDATA%\Deep Learning Workbench} on Windows,
 * {@code ~/Library/Application Support/Deep Learning Workbench} on macOS. The
 * {@value #PROPERTY} system property overrides it (tests use a temporary folder).
 */
public final class AppDirectories {
    public static final String PROPERTY = "workbench.dataDir";
    static final String LINUX_FOLDER = "deep-learning-workbench";
    static final String DESKTOP_FOLDER = "Deep Learning Workbench";

    private final Path root;

    public AppDirectories(Path root) {
        this.root = root;
    }

    /** The folders for this machine and user. */
    public static AppDirectories forCurrentUser() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new AppDirectories(Path.of(configured));
        }
        return new AppDirectories(dataRoot(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    /** The data folder for an operating system, environment and home folder. */
    static Path dataRoot(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve(DESKTOP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(DESKTOP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve(LINUX_FOLDER);
    }

    public Path root() {
        return root;
    }

    /** Saved models; created when first asked for. */
    public Path checkpoints() {
        return ensure(root.resolve("checkpoints"));
    }

    /** Exported charts and run histories; created when first asked for. */
    public Path exports() {
        return ensure(root.resolve("exports"));
    }

    private static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
