package dev.workbench.lessons.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A process for {@link KillDuringSaveTest} to kill: writes numbered result sets (metrics and a
 * model, each tagged with the set's number) into one folder, as fast as it can, forever.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        byte[] padding = new byte[1 << 20];
        for (long set = System.nanoTime(); ; set++) {
            String tag = "set " + set + "\n";
            try (RunFolder folder = RunFolder.open(dir.toString(), "loop")) {
                folder.writeSet(List.of("metrics.csv", "model.bin"), List.of(
                        file -> Files.write(file, concat(tag, padding, 64 << 10)),
                        file -> Files.write(file, concat(tag, padding, padding.length))));
            }
        }
    }

    private static byte[] concat(String tag, byte[] padding, int length) {
        byte[] head = tag.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(padding, 0, all, head.length, length);
        return all;
    }
}
