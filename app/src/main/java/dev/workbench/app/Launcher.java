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
        NativeSetup.configure();
        if (args.length == 0 || args.length == 1 && "app".equals(args[0])) {
            Application.launch(WorkbenchApp.class);
        } else if (args.length == 1 && args[0].endsWith(Checkpoints.EXTENSION)) {
            // a checkpoint opened from the file manager: show it in the app
            Application.launch(WorkbenchApp.class, args[0]);
        } else {
            WorkbenchCli.main(args);
        }
    }
}
