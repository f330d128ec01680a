package dev.workbench.app.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppDirectoriesTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsXdgDataHome() {
        assertEquals(Path.of("/data/deep-learning-workbench"),
                AppDirectories.dataRoot("Linux", Map.of("XDG_DATA_HOME", "/data"), HOME));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(HOME.resolve(".local/share/deep-learning-workbench"), AppDirectories.dataRoot("Linux", Map.of(), HOME));
        assertEquals(HOME.resolve(".local/share/deep-learning-workbench"),
                AppDirectories.dataRoot("Linux", Map.of("XDG_DATA_HOME", "relative/path"), HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming").resolve("Deep Learning Workbench"),
                AppDirectories.dataRoot("Windows 11", Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"), HOME));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(HOME.resolve("Library/Application Support/Deep Learning Workbench"),
                AppDirectories.dataRoot("Mac OS X", Map.of(), HOME));
    }

    @Test
    void foldersAreCreatedWhenAskedFor(@TempDir Path root) {
        AppDirectories directories = new AppDirectories(root.resolve("wb"));
        assertTrue(Files.isDirectory(directories.checkpoints()));
        assertTrue(Files.isDirectory(directories.exports()));
    }
}
