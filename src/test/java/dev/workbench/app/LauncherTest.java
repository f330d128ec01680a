package dev.workbench.app;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherTest {
    @Test
    void withoutADisplayTheAppSaysSoInOneLineAndNamesTheCommandLine() {
        String message = Launcher.missingDisplay(Map.of("HOME", "/home/student"), "Linux").orElseThrow();
        assertTrue(message.contains("needs a display") && message.contains("workbench list | run LESSON"), message);
        assertFalse(message.contains("\n"), "one line");
        assertTrue(Launcher.missingDisplay(Map.of("DISPLAY", ":0"), "Linux").isEmpty());
        assertTrue(Launcher.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux").isEmpty());
        assertTrue(Launcher.missingDisplay(Map.of(), "Windows 11").isEmpty(), "only Linux needs DISPLAY");
    }
}
