package dev.workbench.lessons.cli;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.Lesson;

import java.io.PrintStream;

/**
 * {@code workbench list [LESSON]}: every lesson (or one) with its hyperparameters, defaults and
 * allowed values.
 */
final class ListCommand {
    private final PrintStream out;

    ListCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine line) throws UsageException {
        if (!line.remaining().isEmpty()) {
            throw new UsageException("list takes no options, only a lesson id");
        }
        if (line.positional().isEmpty()) {
            LessonCatalog.all().forEach(this::describe);
        } else {
            describe(LessonOptions.lesson(line));
        }
        return WorkbenchCli.OK;
    }

    void describe(Lesson lesson) {
        out.printf("%s  %s  [%s]%n", lesson.id(), lesson.info().title(), lesson.info().category().label());
        out.printf("    %s%n", lesson.info().summary());
        for (HyperParameter p : lesson.parameters()) {
            String aliases = p.aliases().isEmpty() ? "" : " (" + String.join(", ", p.aliases().stream().map(a -> "--" + a).toList()) + ")";
            out.printf("    --%-20s default %-10s allowed %s%s%n", p.name(), p.format(p.defaultValue()), p.allowed(), aliases);
        }
        out.println();
    }
}
