package dev.workbench.lessons.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The folder one run writes its results to, checked and locked before any training starts, so a
 * bad {@code --out} fails at once instead of after the whole run, and two runs never mix their
 * results in one folder. Results are written as one set: staged in a hidden folder inside, then
 * moved into place with the old set removed first, so a kill never pairs new metrics with an old
 * model. Leftovers of killed writes ({@code *.part}, stale staging folders) are removed when the
 * folder is next used.
 */
final class RunFolder implements AutoCloseable {
    /** A checkpoint of the largest lesson plus its metrics fits easily in this. */
    static final long REQUIRED_FREE_BYTES = 64L << 20;
    private static final String LOCK_FILE = ".workbench.lock";
    private static final String STAGING_PREFIX = ".staging-";

    /** Something to write into the staging folder. */
    @FunctionalInterface
    interface Writer {
        void write(Path file) throws IOException;
    }

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private RunFolder(Path folder, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * The folder for a run: {@code out} as given, or a new {@code runs/LESSON-TIME[-N]} folder.
     *
     * @throws UsageException   when {@code out} cannot be a results folder (empty, a file)
     * @throws RunFolderException when the folder cannot be made, written to, or is in use
     */
    static RunFolder open(String out, String lessonId) throws UsageException, RunFolderException {
        Path folder;
        if (out == null) {
            folder = newDefaultFolder(Path.of("runs"), lessonId);
        } else {
            if (out.isBlank()) {
                throw new UsageException("--out needs a folder name, e.g. --out runs/my-run");
            }
            folder = Path.of(out);
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new UsageException("--out '" + Shorten.text(out) + "' is not a folder");
            }
            try {
                Files.createDirectories(folder);
            } catch (IOException | SecurityException e) {
                throw new RunFolderException("cannot create the results folder '" + folder + "': " + reason(e));
            }
        }
        checkWritable(folder);
        checkFreeSpace(folder);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new RunFolderException("another run is writing to '" + folder + "'; choose another --out");
            }
            RunFolder runFolder = new RunFolder(folder, channel, lock);
            runFolder.removeLeftovers();
            return runFolder;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new RunFolderException("another run in this process is writing to '" + folder + "'; choose another --out");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new RunFolderException("cannot use the results folder '" + folder + "': " + reason(e));
        }
    }

    Path path() {
        return folder;
    }

    Path resolve(String name) {
        return folder.resolve(name);
    }

    /**
     * Writes a set of files ({@code names[i]} by {@code writers[i]}) so that the folder never
     * holds a mix of this set and an older one: all are written to a staging folder first; then
     * the old files are removed and the new ones moved in, in order.
     */
    void writeSet(List<String> names, List<Writer> writers) throws IOException {
        Path staging = Files.createTempDirectory(folder, STAGING_PREFIX);
        try {
            for (int i = 0; i < names.size(); i++) {
                writers.get(i).write(staging.resolve(names.get(i)));
            }
            for (String name : names) {
                Files.deleteIfExists(folder.resolve(name));
            }
            for (String name : names) {
                Path staged = staging.resolve(name);
                if (Files.exists(staged)) {
                    move(staged, folder.resolve(name));
                }
            }
        } finally {
            deleteTree(staging);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel's close releases it too
        }
        closeQuietly(lockChannel);
        try {
            Files.deleteIfExists(folder.resolve(LOCK_FILE));
        } catch (IOException ignored) {
            // a stale lock file is harmless: locks are held by the channel, not the file
        }
    }

    /** {@code runs/LESSON-20261201-231500}, or with {@code -2}, {@code -3}... when taken: created atomically. */
    static Path newDefaultFolder(Path parent, String lessonId) throws RunFolderException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        try {
            Files.createDirectories(parent);
            for (int n = 1; n < 10_000; n++) {
                Path candidate = parent.resolve(lessonId + "-" + stamp + (n == 1 ? "" : "-" + n));
                try {
                    return Files.createDirectory(candidate);
                } catch (FileAlreadyExistsException taken) {
                    // another run started in the same second: try the next name
                }
            }
        } catch (IOException | SecurityException e) {
            throw new RunFolderException("cannot create a results folder in '" + parent.toAbsolutePath() + "': " + reason(e));
        }
        throw new RunFolderException("too many runs in '" + parent + "' this second");
    }

    private static void checkWritable(Path folder) throws RunFolderException {
        try {
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new RunFolderException("cannot write to the results folder '" + folder + "': " + reason(e));
        }
    }

    private static void checkFreeSpace(Path folder) throws RunFolderException {
        try {
            long free = Files.getFileStore(folder).getUsableSpace();
            if (free < REQUIRED_FREE_BYTES) {
                throw new RunFolderException(String.format("the results folder '%s' has only %.1f MB free; "
                        + "a run needs about %d MB", folder, free / 1e6, REQUIRED_FREE_BYTES >> 20));
            }
        } catch (IOException e) {
            // Some file systems cannot say; the write check above already passed.
        }
    }

    /** Removes what killed writes left: {@code *.part} files and staging folders. */
    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".part") && Files.isRegularFile(entry)) {
                    Files.deleteIfExists(entry);
                } else if (name.startsWith(STAGING_PREFIX) && Files.isDirectory(entry)) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : message == null ? e.getClass().getSimpleName() : message;
        return kind;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** The results folder is unusable; the message names it and says why. */
    static final class RunFolderException extends Exception {
        RunFolderException(String message) {
            super(message);
        }
    }
}
