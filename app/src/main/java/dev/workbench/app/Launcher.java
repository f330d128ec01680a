package dev.workbench.app;

/** TEMPORARY stand-in for the app branch's Launcher, so the installer can be built and tested. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        dev.workbench.lessons.engine.NativeSetup.configure();
        dev.workbench.lessons.cli.WorkbenchCli.main(args.length == 0 ? new String[]{"info"} : args);
    }
}
