package dev.workbench.app.shell;

import dev.workbench.app.FxWait;
import dev.workbench.app.WorkbenchApp;
import dev.workbench.app.files.AppDirectories;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Theme and text size survive a restart; a damaged preferences file means the defaults. */
@ExtendWith(ApplicationExtension.class)
class ViewPreferencesTest {
    private static final long TIMEOUT_S = 30;

    @TempDir
    static Path dataDir;

    private WorkbenchShell shell;

    @Start
    void start(Stage stage) throws IOException {
        Files.writeString(dataDir.resolve(ViewPreferences.FILE_NAME), "theme=HIGH_CONTRAST\ntextScale=1.5\n");
        shell = WorkbenchApp.createShell(stage, new AppDirectories(dataDir));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
    }

    @Test
    void theShellStartsWithTheRememberedLookAndSavesChanges(FxRobot robot) {
        assertEquals(Theme.HIGH_CONTRAST, FxWait.fx(TIMEOUT_S, () -> shell.themeProperty().get()));
        assertEquals(1.5, FxWait.fx(TIMEOUT_S, () -> shell.fontScale().scale()));

        robot.interact(() -> shell.setTheme(Theme.DARK));
        robot.interact(() -> shell.fontScale().increase());
        ViewPreferences saved = new ViewPreferences(dataDir.resolve(ViewPreferences.FILE_NAME));
        FxWait.await(TIMEOUT_S, () -> saved.load().equals(new ViewPreferences.Stored(Optional.of(Theme.DARK), OptionalDouble.of(1.75))));
    }

    @Test
    void aDamagedOrStrangeFileMeansTheDefaults(@TempDir Path folder) throws IOException {
        Path file = folder.resolve(ViewPreferences.FILE_NAME);
        ViewPreferences preferences = new ViewPreferences(file);
        assertEquals(new ViewPreferences.Stored(Optional.empty(), OptionalDouble.empty()), preferences.load(), "no file yet");

        Files.writeString(file, "theme=PURPLE\ntextScale=huge\n");
        assertEquals(new ViewPreferences.Stored(Optional.empty(), OptionalDouble.empty()), preferences.load());

        Files.write(file, new byte[] {'t', 'h', 'e', 'm', 'e', '=', '\\', 'u', '1'});
        assertEquals(new ViewPreferences.Stored(Optional.empty(), OptionalDouble.empty()), preferences.load(),
                "a malformed escape is ignored, not thrown");

        preferences.save(Theme.LIGHT, 0.9);
        assertEquals(new ViewPreferences.Stored(Optional.of(Theme.LIGHT), OptionalDouble.of(0.9)), preferences.load());
    }
}
