package dev.workbench.lessons.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees either the old file or the complete new one, never half of
 * it: write a temporary file next to the target, then move it into place.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path file) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        writeFile(target, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
        });
    }

    /** For libraries that insist on writing to a path themselves. */
    public static void writeFile(Path target, FileContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        try {
            content.writeTo(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
