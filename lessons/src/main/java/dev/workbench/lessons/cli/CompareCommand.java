package dev.workbench.lessons.cli;

import java.io.PrintStream;

/** {@code workbench compare LESSON --optimizers ...}: an optimizer race (issue 4). */
final class CompareCommand {
    private final PrintStream out;
    private final PrintStream err;

    CompareCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(CommandLine line) throws UsageException {
        throw new UsageException("compare is not available yet in this build");
    }
}
