package dev.workbench.lessons.cli;

/**
 * TEMPORARY STUB on branch {@code app} so the Launcher compiles; the real command-line interface
 * is written on {@code main}. Drop this file when merging.
 */
public final class WorkbenchCli {
    private WorkbenchCli() {
    }

    public static void main(String[] args) {
        System.err.println("The command-line interface is not part of this build yet: " + String.join(" ", args));
        System.exit(2);
    }
}
