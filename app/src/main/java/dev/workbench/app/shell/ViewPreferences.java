package dev.workbench.app.shell;

import dev.workbench.app.files.AppDirectories;
import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.lessons.engine.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * Remembers the look a person chose, theme and text size, from one session to the next (an
 * instructor sets up for the projector once), in {@value #FILE_NAME} in the app's data folder.
 * Preferences are a convenience: a missing or unreadable file means the defaults, and a problem
 * is logged, never shown.
 */
public final class ViewPreferences {
    static final String FILE_NAME = "view.properties";
    static final String THEME = "theme";
    static final String TEXT_SCALE = "textScale";
    private static final Logger LOG = LoggerFactory.getLogger(ViewPreferences.class);

    /** What the file holds; each part is empty when absent or not understood. */
    record Stored(Optional<Theme> theme, OptionalDouble textScale) {
    }

    private final Path file;

    ViewPreferences(Path file) {
        this.file = file;
    }

    public static ViewPreferences in(AppDirectories directories) {
        return new ViewPreferences(directories.root().resolve(FILE_NAME));
    }

    /** Applies the stored theme and text size, then saves every later change in the background. */
    public void attach(WorkbenchShell shell, BackgroundWorker worker) {
        Stored stored = load();
        stored.theme().ifPresent(shell::setTheme);
        stored.textScale().ifPresent(shell.fontScale()::select);
        Runnable save = () -> {
            Theme theme = shell.themeProperty().get();
            double scale = shell.fontScale().scale();
            worker.submit(() -> {
                save(theme, scale);
                return null;
            });
        };
        shell.themeProperty().addListener((obs, old, now) -> save.run());
        shell.fontScale().scaleProperty().addListener((obs, old, now) -> save.run());
    }

    Stored load() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return new Stored(Optional.empty(), OptionalDouble.empty());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring the view preferences in {}: {}", file, e.getMessage());
            return new Stored(Optional.empty(), OptionalDouble.empty());
        }
        return new Stored(theme(properties.getProperty(THEME)), textScale(properties.getProperty(TEXT_SCALE)));
    }

    void save(Theme theme, double textScale) {
        Properties properties = new Properties();
        properties.setProperty(THEME, theme.name());
        properties.setProperty(TEXT_SCALE, String.format(Locale.ROOT, "%.2f", textScale));
        try {
            AtomicFiles.write(file, out -> properties.store(out, "Deep Learning Workbench: theme and text size"));
        } catch (IOException e) {
            LOG.warn("cannot save the view preferences to {}: {}", file, e.getMessage());
        }
    }

    private static Optional<Theme> theme(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Theme.valueOf(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static OptionalDouble textScale(String value) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        try {
            double scale = Double.parseDouble(value.trim());
            return Double.isFinite(scale) && scale > 0 ? OptionalDouble.of(scale) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
