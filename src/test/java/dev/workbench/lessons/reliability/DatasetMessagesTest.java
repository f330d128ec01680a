package dev.workbench.lessons.reliability;

import dev.workbench.lessons.data.DatasetException;
import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.IdxFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dataset file that is wrong in any way gets a message that says what happened, quickly. */
class DatasetMessagesTest {

    @Test
    void aGzipCutInTheDataSaysItIsTruncatedThere(@TempDir Path dir) throws Exception {
        byte[] whole = gzip(idxImages(100, 28, 28));
        Path cut = dir.resolve("cut-images.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        String message = assertThrows(DatasetException.class, () -> IdxFile.readImages(cut)).getMessage();
        assertTrue(message.contains("is truncated: the header promises 100 images but the file ends after"), message);
    }

    @Test
    void aHeaderClaimingMillionsOfImagesIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge-header.idx");
        Files.write(file, header(2_700_000, 28, 28));
        long start = System.nanoTime();
        String message = assertThrows(DatasetException.class, () -> IdxFile.readImages(file)).getMessage();
        assertTrue(message.contains("more than a file of 16 bytes can hold"), message);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without reading or allocating");
    }

    @Test
    void aFolderALinkLoopAndAFileAsFolderSayWhatTheyAre(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        assertTrue(assertThrows(DatasetException.class, () -> IdxFile.readImages(folder)).getMessage()
                .contains("is a folder, not a file"));
        Path a = dir.resolve("loop-a");
        Path b = dir.resolve("loop-b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertTrue(assertThrows(DatasetException.class, () -> IdxFile.readImages(a)).getMessage()
                .contains("symbolic link that leads nowhere"));
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertTrue(assertThrows(DatasetException.class, () -> FashionMnist.full(file)).getMessage()
                .contains("is a file, not a folder"));
    }

    private static byte[] idxImages(int count, int rows, int cols) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(header(count, rows, cols));
        java.util.Random random = new java.util.Random(1);
        byte[] pixels = new byte[count * rows * cols];
        random.nextBytes(pixels);
        bytes.write(pixels);
        return bytes.toByteArray();
    }

    private static byte[] header(int count, int rows, int cols) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0x00000803);
            out.writeInt(count);
            out.writeInt(rows);
            out.writeInt(cols);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
