package dev.workbench.app;

import dev.workbench.lessons.cli.WorkbenchCli;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.NativeSetup;
import javafx.application.Application;

/**
 * The program's entry point. With no arguments (or {@code app}) it opens the desktop app, with a
 * single checkpoint file it opens the app on that checkpoint, and with anything else it runs the
 * headless command line. It is not an {@link Application} itself, so
 * JavaFX can start from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        boolean app = args.length == 0 || args.length == 1 && "app".equals(args[0]);
        // a checkpoint opened from the file manager: show it in the app
        boolean checkpoint = args.length == 1 && args[0].endsWith(Checkpoints.EXTENSION);
        if (!app && !checkpoint) {
            WorkbenchCli.main(args);
            return;
        }
        missingDisplay(System.getenv(), System.getProperty("os.name", "")).ifPresent(message -> {
            System.err.println(message);
            System.exit(1);
        });
        NativeSetup.configure();
        if (app) {
            Application.launch(WorkbenchApp.class);
        } else {
            Application.launch(WorkbenchApp.class, args[0]);
        }
    }

    /**
     * On Linux, the app needs an X11 or Wayland display; over SSH there is none, and JavaFX would
     * fail with a stack trace. Says so in one line and names what works without a screen.
     */
    static java.util.Optional<String> missingDisplay(java.util.Map<String, String> environment, String osName) {
        if (!osName.toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return java.util.Optional.empty();
        }
        boolean display = !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return display ? java.util.Optional.empty() : java.util.Optional.of(
                "workbench: the desktop app needs a display, and there is none here (DISPLAY is not set). Without a "
                        + "screen, use the command line: workbench list | run LESSON | compare LESSON | bench LESSON | info "
                        + "(workbench help).");
    }
}
