package dev.workbench.lessons.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Results are never mixed or lost, and a bad --out fails before any training. */
class ResultsFolderTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return WorkbenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadOutputFolderIsRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file.txt"), "not a folder");
        assertEquals(WorkbenchCli.USAGE, run("run", "learning-rate", "--epochs", "1", "--out", file.toString()));
        assertTrue(text().contains("is not a folder"), text());
        assertFalse(text().contains("Training "), "refused before training: " + text());

        assertEquals(WorkbenchCli.USAGE, run("run", "learning-rate", "--out"));
        assertTrue(text().contains("--out needs a value"), text());
        assertEquals(WorkbenchCli.USAGE, run("run", "learning-rate", "--out", ""));
        assertTrue(text().contains("--out needs a folder name"), text());
        assertEquals(WorkbenchCli.DATA_ERROR, run("run", "learning-rate", "--out", "/proc/nope/results"));
        assertTrue(text().contains("cannot create the results folder '/proc/nope/results'"), text());
        assertFalse(text().contains("Training "), text());
    }

    @Test
    void optionsMeanWhatTheySay() {
        assertEquals(WorkbenchCli.USAGE, run("run", "learning-rate", "--lr", "0.1", "--learning-rate", "0.2"));
        assertTrue(text().contains("give it once"), text());
        assertEquals(WorkbenchCli.USAGE, run("run", "learning-rate", "--epochs"));
        assertTrue(text().contains("--epochs needs a value"), text());
        assertEquals(WorkbenchCli.USAGE, run("run", "learning-rate", "--quiet", "maybe"));
        assertTrue(text().contains("--quiet is a switch"), text());
        String huge = "x".repeat(100_000);
        assertEquals(WorkbenchCli.USAGE, run("run", "learning-rate", "--quiet", huge));
        assertTrue(text().length() < 2_000, "a huge value is echoed shortened: " + text().length() + " characters");
    }

    @Test
    void runsStartedInTheSameSecondGetTheirOwnFolders(@TempDir Path dir) throws Exception {
        Path first = RunFolder.newDefaultFolder(dir, "cnn");
        Path second = RunFolder.newDefaultFolder(dir, "cnn");
        assertNotEquals(first, second);
        assertTrue(Files.isDirectory(first) && Files.isDirectory(second));
    }

    @Test
    void twoRunsNeverShareAFolderAndLeftoversAreCleanedUp(@TempDir Path dir) throws Exception {
        Path leftover = Files.writeString(dir.resolve(".cnn.dlwb.zip12345.part"), "half a checkpoint");
        try (RunFolder folder = RunFolder.open(dir.toString(), "cnn")) {
            assertFalse(Files.exists(leftover), "a killed write's .part file is removed");
            RunFolder.RunFolderException busy = assertThrows(RunFolder.RunFolderException.class,
                    () -> RunFolder.open(dir.toString(), "cnn"));
            assertTrue(busy.getMessage().contains("writing to"), busy.getMessage());

            Files.writeString(dir.resolve("metrics.csv"), "old metrics");
            Files.writeString(dir.resolve("cnn.dlwb.zip"), "old model");
            folder.writeSet(List.of("metrics.csv", "cnn.dlwb.zip"), List.of(
                    file -> Files.writeString(file, "new metrics"),
                    file -> Files.writeString(file, "new model")));
            assertEquals("new metrics", Files.readString(dir.resolve("metrics.csv")));
            assertEquals("new model", Files.readString(dir.resolve("cnn.dlwb.zip")));

            // A set whose second file fails to write leaves the old set as it was.
            assertThrows(java.io.IOException.class, () -> folder.writeSet(List.of("metrics.csv", "cnn.dlwb.zip"), List.of(
                    file -> Files.writeString(file, "newer metrics"),
                    file -> {
                        throw new java.io.IOException("disk full");
                    })));
            assertEquals("new metrics", Files.readString(dir.resolve("metrics.csv")), "never new metrics with an old model");
            assertEquals("new model", Files.readString(dir.resolve("cnn.dlwb.zip")));
            try (var entries = Files.list(dir)) {
                assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith(".staging-")));
            }
        }
        try (RunFolder again = RunFolder.open(dir.toString(), "cnn")) {
            assertTrue(Files.isDirectory(again.path()), "the lock is released on close");
        }
    }
}
