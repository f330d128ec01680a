package dev.workbench.lessons.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a process with SIGKILL while it writes result sets, again and again, and checks that the
 * folder never pairs the metrics of one set with the model of another, and that the next run in
 * the folder cleans up what the killed one left.
 */
class KillDuringSaveTest {
    static final int KILLS = 15;

    @Test
    void aKillWhileSavingNeverLeavesMixedResults(@TempDir Path dir) throws Exception {
        Random random = new Random(7);
        int complete = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(300 + random.nextInt(500));
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            Path metrics = dir.resolve("metrics.csv");
            Path model = dir.resolve("model.bin");
            if (Files.exists(metrics) && Files.exists(model)) {
                assertEquals(tag(metrics), tag(model), "after kill " + (kill + 1) + " metrics and model are of one set");
                complete++;
            }
        }
        assertTrue(complete > 0, "most kills leave a complete set");
        try (RunFolder next = RunFolder.open(dir.toString(), "loop")) {
            try (var entries = Files.list(dir)) {
                assertTrue(entries.map(p -> p.getFileName().toString())
                        .noneMatch(name -> name.endsWith(".part") || name.startsWith(".staging-")),
                        "the next run in the folder removes what killed writes left");
            }
        }
    }

    private static String tag(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(40);
            String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
            return text.substring(0, text.indexOf('\n'));
        }
    }
}
