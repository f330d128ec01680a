package dev.workbench.app;

import dev.workbench.lessons.cli.WorkbenchCli;
import dev.workbench.lessons.engine.NativeSetup;
import javafx.application.Application;

/**
 * The program's entry point. With no arguments (or {@code app}) it opens the desktop app; with
 * anything else it runs the headless command line. It is not an {@link Application} itself, so
 * JavaFX can start from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        NativeSetup.configure();
        if (args.length == 0 || args.length == 1 && "app".equals(args[0])) {
            Application.launch(WorkbenchApp.class);
        } else {
            WorkbenchCli.main(args);
        }
    }
}
