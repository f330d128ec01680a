package dev.workbench.lessons.cli;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.Checkpoints;
import java.nio.file.Path;

import dev.workbench.lessons.data.DatasetLocator;
import dev.workbench.lessons.engine.BackendInfo;

import java.io.PrintStream;

/**
 * {@code workbench info}: versions, the active ND4J backend and where the data is;
 * {@code workbench info FILE}: what a checkpoint holds (lesson, settings, networks), read from its
 * manifest without rebuilding a network.
 */
final class InfoCommand {
    private final PrintStream out;

    InfoCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine line) throws UsageException {
        if (!line.remaining().isEmpty() || line.positional().size() > 1) {
            throw new UsageException("info takes no options, or one checkpoint file");
        }
        if (line.positional().size() == 1) {
            return describe(Path.of(line.positional().get(0)));
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

    private int describe(Path file) {
        try {
            Checkpoints.Description description = Checkpoints.describe(file);
            String lesson = LessonCatalog.find(description.lessonId()).map(l -> l.info().title() + " (" + l.id() + ")")
                    .orElse(description.lessonId() + " (not a lesson of this Workbench)");
            out.println("Checkpoint: " + file);
            out.println("Lesson:     " + lesson);
            out.println("Seed:       " + description.seed());
            description.networkKinds().forEach((name, kind) -> out.println("Network:    " + name + " (" + kind + ")"));
            out.println("Settings:");
            new java.util.TreeMap<>(description.rawSettings()).forEach((name, value) ->
                    out.println("  --" + name + " " + (value.isEmpty() ? "''" : Shorten.text(value))));
            return WorkbenchCli.OK;
        } catch (Checkpoints.CheckpointException e) {
            out.println("workbench: " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        }
    }
}
