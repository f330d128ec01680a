package dev.workbench.lessons.cli;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.NativeSetup;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Entry point of the headless command line: {@code workbench run|list|compare|bench|info ...}. */
public final class WorkbenchCli {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int TRAINING_FAILED = 3;
    static final int DATA_ERROR = 4;

    static final String USAGE_TEXT = """
            Usage: workbench COMMAND [OPTIONS]

            Commands:
              list [LESSON]                lessons and their hyperparameters
              run LESSON [--NAME VALUE...]  train a lesson headless, e.g.
                                           workbench run cnn --epochs 2 --optimizer adam --lr 1e-3 --seed 42
                                           extra options: --seed N, --out DIR, --quiet, --verbose,
                                           --sub-steps ID*N,... (lessons with sub-steps, e.g. a GAN's step-d),
                                           --sample-every N (image GAN: samples-N.png every N iterations,
                                           default 500, 0 for none)
              compare LESSON --optimizers sgd:0.05,adam:0.001 [--NAME VALUE...]
                                           race optimizers on the same network, data and seed
              compare LESSON --comparison ID   run one of the lesson's ready-made experiments
              bench LESSON [--epochs N] [--json]   training throughput: plain net.fit vs. a TrainingRun
              bench LESSON --race sgd:0.05,adam:0.001   a race vs. the same lanes one after another
              info                         version, ND4J backend, threads, datasets folder
              self-test                    train the CNN briefly; exit 0 when accuracy rises (checks an install)
            With no command, ./workbench opens the desktop app.""";

    private WorkbenchCli() {
    }

    public static void main(String[] args) {
        List<String> words = new java.util.ArrayList<>(Arrays.asList(args));
        boolean verbose = words.remove("--verbose");
        if (!verbose) {
            quietLibraries();
        }
        System.exit(run(words.toArray(String[]::new), System.out, System.err));
    }

    /**
     * ND4J prints about fifteen lines of build and backend information when it starts; on the
     * command line they bury what the student asked for, so they show only with --verbose
     * ({@code workbench info} reports the backend in one line). Must run before the first logger.
     */
    private static void quietLibraries() {
        for (String library : List.of("org.nd4j", "org.deeplearning4j", "org.bytedeco", "org.eclipse.deeplearning4j")) {
            System.setProperty("org.slf4j.simpleLogger.log." + library,
                    System.getProperty("org.slf4j.simpleLogger.log." + library, "warn"));
        }
    }

    /** Runs one command and returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        NativeSetup.configure();
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            out.println(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        if (Arrays.stream(args).skip(1).anyMatch(arg -> List.of("--help", "-h").contains(arg))) {
            return help(args, out);
        }
        try {
            CommandLine line = new CommandLine(Arrays.asList(args).subList(1, args.length));
            return switch (args[0]) {
                case "list" -> new ListCommand(out).run(line);
                case "info" -> new InfoCommand(out).run(line);
                case "run" -> new RunCommand(out, err).run(line);
                case "bench" -> new BenchCommand(out).run(line);
                case "compare" -> new CompareCommand(out, err).run(line);
                case "self-test", "--self-test" -> new SelfTestCommand(out).run(line);
                default -> throw new UsageException("unknown command '" + args[0] + "'. Commands: run, list, compare, bench, info, self-test");
            };
        } catch (UsageException e) {
            err.println("workbench: " + e.getMessage());
            err.println("Run 'workbench help' for usage.");
            return USAGE;
        }
    }

    /** {@code workbench run cnn --help}: the usage, then the named lesson's options. */
    private static int help(String[] args, PrintStream out) {
        out.println(USAGE_TEXT);
        if (args.length > 1) {
            LessonCatalog.find(args[1]).ifPresent(lesson -> {
                out.println();
                out.println("Options of this lesson:");
                new ListCommand(out).describe(lesson);
            });
        }
        return OK;
    }
}
