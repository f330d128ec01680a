package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.TrainingRun;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code workbench bench LESSON --soak N}: N runs one after another in one process, as the app
 * does when a student trains again and again, with the resident memory (RSS) sampled after each.
 * Passes when RSS grows by less than 10% after the first five runs (the JIT, ND4J's caches and
 * the first workspaces settle in those).
 */
final class SoakBench {
    static final int SETTLING_RUNS = 5;
    static final double ALLOWED_GROWTH = 0.10;

    private final PrintStream out;

    SoakBench(PrintStream out) {
        this.out = out;
    }

    int run(Lesson lesson, Settings settings, int runs) {
        List<Long> rss = new ArrayList<>();
        try {
            for (int i = 1; i <= runs; i++) {
                try (TrainingRun run = new TrainingRun(lesson, lesson.prepare(settings))) {
                    run.start();
                    run.awaitEnd(Duration.ofHours(1));
                }
                rss.add(retainedResidentBytes());
                Runtime runtime = Runtime.getRuntime();
                out.printf(Locale.ROOT, "run %d: RSS %,d MB (Java heap %,d MB used of %,d MB committed;"
                                + " JIT code, metaspace and other non-heap %,d MB)%n", i,
                        rss.get(i - 1) >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                        runtime.totalMemory() >> 20, nonHeapCommittedBytes() >> 20);
            }
        } catch (LessonException e) {
            out.println("workbench: " + e.getMessage());
            return WorkbenchCli.DATA_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WorkbenchCli.TRAINING_FAILED;
        }
        long settled = rss.get(SETTLING_RUNS - 1);
        long last = rss.get(rss.size() - 1);
        long peak = rss.stream().mapToLong(Long::longValue).max().orElse(last);
        double growth = (double) (last - settled) / settled;
        boolean passed = growth < ALLOWED_GROWTH;
        out.printf(Locale.ROOT, "RSS after run %d: %,d MB; after run %d: %,d MB (peak %,d MB); growth %+.1f%%: %s%n",
                SETTLING_RUNS, settled >> 20, rss.size(), last >> 20, peak >> 20, growth * 100, passed ? "PASS" : "FAIL");
        return passed ? WorkbenchCli.OK : WorkbenchCli.TRAINING_FAILED;
    }

    /**
     * RSS once the closed run's garbage is gone: ND4J frees an array's native buffer only after the
     * collector has found the array unreachable, so without a collection the sample would swing by
     * the size of one run's buffers depending on when the last GC happened.
     */
    private static long retainedResidentBytes() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(250);
        }
        return residentBytes();
    }

    private static long nonHeapCommittedBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.NON_HEAP)
                .mapToLong(pool -> pool.getUsage().getCommitted())
                .sum();
    }

    /** This process's resident set size from /proc (Linux); -1 elsewhere. */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }
}
