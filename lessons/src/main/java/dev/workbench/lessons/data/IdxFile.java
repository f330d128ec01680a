package dev.workbench.lessons.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the IDX format of (Fashion-)MNIST, gzip-compressed or raw: a big-endian magic number
 * (0x00000803 for images, 0x00000801 for labels), the dimension sizes, then unsigned bytes.
 */
public final class IdxFile {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;
    private static final int GZIP_MAGIC = 0x1f8b;

    private IdxFile() {
    }

    /** Images as unsigned bytes, row-major, {@code count * rows * cols} of them. */
    public record Images(int count, int rows, int cols, byte[] pixels) {
    }

    public static Images readImages(Path file) throws DatasetException {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new DatasetException(file, String.format("is not an IDX image file: magic number 0x%08x, expected 0x%08x", magic, IMAGES_MAGIC));
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (count <= 0 || rows <= 0 || cols <= 0 || (long) count * rows * cols > Integer.MAX_VALUE - 8) {
                throw new DatasetException(file, "has an impossible header: " + count + " images of " + rows + "x" + cols);
            }
            checkFits(file, (long) count * rows * cols, count + " images of " + rows + "x" + cols);
            byte[] pixels = new byte[count * rows * cols];
            readFully(in, pixels, file, "images", count, rows * cols);
            return new Images(count, rows, cols, pixels);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    public static byte[] readLabels(Path file, int classes) throws DatasetException {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) {
                throw new DatasetException(file, String.format("is not an IDX label file: magic number 0x%08x, expected 0x%08x", magic, LABELS_MAGIC));
            }
            int count = in.readInt();
            if (count <= 0) {
                throw new DatasetException(file, "has an impossible header: " + count + " labels");
            }
            checkFits(file, count, count + " labels");
            byte[] labels = new byte[count];
            readFully(in, labels, file, "labels", count, 1);
            for (int i = 0; i < count; i++) {
                int label = Byte.toUnsignedInt(labels[i]);
                if (label >= classes) {
                    throw new DatasetException(file, "has label " + label + " at position " + i
                            + ", but labels must be 0.." + (classes - 1));
                }
            }
            return labels;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Deflate cannot pack more than about 1032 bytes into one; a raw file holds what its size says. */
    static final long MAX_GZIP_RATIO = 1100;

    /**
     * Refuses a header that claims more data than the file could hold, before allocating for it:
     * a damaged header must not cost gigabytes of memory and half a minute.
     */
    private static void checkFits(Path file, long bytes, String claim) throws IOException, DatasetException {
        long size = Files.size(file);
        long possible = isGzip(file) ? size * MAX_GZIP_RATIO : size;
        if (bytes > possible) {
            throw new DatasetException(file, String.format("claims %s in its header, more than a file of %,d bytes can "
                    + "hold: the header is damaged", claim, size));
        }
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ((in.read() << 8) | in.read()) == GZIP_MAGIC;
        }
    }

    private static DataInputStream open(Path file) throws IOException, DatasetException {
        if (Files.isDirectory(file)) {
            throw new DatasetException(file, "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new DatasetException(file, Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? "is a symbolic link that leads nowhere (a loop or a missing target)" : "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file, "is not a regular file (a device or a pipe?)");
        }
        if (Files.size(file) == 0) {
            throw new DatasetException(file, "is empty (0 bytes)");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int first = raw.read();
        int second = raw.read();
        raw.reset();
        InputStream in = ((first << 8) | second) == GZIP_MAGIC ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new DataInputStream(in);
    }

    private static void readFully(DataInputStream in, byte[] target, Path file, String what, int count, int itemSize)
            throws DatasetException, IOException {
        int read = 0;
        while (read < target.length) {
            int n;
            try {
                n = in.read(target, read, target.length - read);
            } catch (EOFException e) {
                n = -1; // a gzip stream cut short ends like this, in the middle of the data
            }
            if (n < 0) {
                throw new DatasetException(file, "is truncated: the header promises " + count + " " + what
                        + " but the file ends after " + (read / itemSize));
            }
            read += n;
        }
    }

    private static DatasetException unreadable(Path file, IOException e) {
        if (e instanceof EOFException) {
            return new DatasetException(file, "is truncated: it ends inside the header", e);
        }
        if (e instanceof ZipException) {
            return new DatasetException(file, "is not a valid gzip file (" + e.getMessage() + ")", e);
        }
        return new DatasetException(file, "cannot be read: " + e.getMessage(), e);
    }
}
