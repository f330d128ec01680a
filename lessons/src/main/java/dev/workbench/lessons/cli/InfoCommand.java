package dev.workbench.lessons.cli;

import dev.workbench.lessons.data.DatasetLocator;
import dev.workbench.lessons.engine.BackendInfo;

import java.io.PrintStream;

/** {@code workbench info}: versions, the active ND4J backend and where the data is. */
final class InfoCommand {
    private final PrintStream out;

    InfoCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine line) throws UsageException {
        if (!line.positional().isEmpty() || !line.remaining().isEmpty()) {
            throw new UsageException("info takes no arguments");
        }
        Package pkg = WorkbenchCli.class.getPackage();
        String version = pkg.getImplementationVersion() == null ? "development build" : pkg.getImplementationVersion();
        BackendInfo backend = BackendInfo.current();
        out.println("Deep Learning Workbench " + version);
        out.println("Java:      " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        out.println("Backend:   " + backend.describe());
        out.println("Memory:    " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap");
        out.println("Datasets:  " + DatasetLocator.find().map(Object::toString).orElse("not found"));
        return WorkbenchCli.OK;
    }
}
