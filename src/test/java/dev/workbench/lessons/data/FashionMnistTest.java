package dev.workbench.lessons.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FashionMnistTest {
    @TempDir
    Path dir;

    @Test
    void shippedSubsetIsBalancedAndSplit() throws Exception {
        FashionMnist.Splits splits = FashionMnist.shipped();
        assertEquals(10_000, splits.train().size());
        assertEquals(2_000, splits.validation().size());
        assertEquals(2_000, splits.test().size());
        for (int count : splits.test().countsPerClass()) {
            assertEquals(200, count);
        }
        int[] perClass = splits.train().countsPerClass();
        for (int count : perClass) {
            assertTrue(count > 900 && count < 1100, "roughly balanced training classes: " + count);
        }
        float[] image = splits.test().image(0);
        assertEquals(784, image.length);
        for (float p : image) {
            assertTrue(p >= 0 && p <= 1);
        }
    }

    @Test
    void readsRawAndGzipFilesAlike() throws Exception {
        byte[] pixels = new byte[3 * 28 * 28];
        pixels[5] = (byte) 255;
        writeSet(dir, "train", pixels, new byte[]{1, 2, 3}, false);
        writeSet(dir, "t10k", pixels, new byte[]{4, 5, 6}, true);
        FashionMnist.Splits splits = FashionMnist.load(dir);
        assertEquals(3, splits.test().size());
        assertEquals(6, splits.test().label(2));
        assertEquals(1f, splits.test().image(0)[5]);
        assertEquals(3, splits.train().size() + splits.validation().size());
    }

    @Test
    void truncatedFileNamesTheFileAndTheProblem() throws Exception {
        writeSet(dir, "train", new byte[2 * 784], new byte[]{1, 2}, true);
        writeSet(dir, "t10k", new byte[2 * 784], new byte[]{1, 2}, true);
        Path images = dir.resolve("t10k-images-idx3-ubyte.gz");
        byte[] whole = gunzip(images);
        gzip(images, java.util.Arrays.copyOf(whole, 16 + 784 + 100));
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(dir));
        assertTrue(e.getMessage().contains("t10k-images-idx3-ubyte.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("promises 2 images but the file ends after 1"), e.getMessage());
    }

    @Test
    void wrongMagicNumberIsReported() throws Exception {
        writeSet(dir, "train", new byte[784], new byte[]{1}, true);
        writeSet(dir, "t10k", new byte[784], new byte[]{1}, true);
        // a label file where an image file belongs
        Files.copy(dir.resolve("train-labels-idx1-ubyte.gz"), dir.resolve("train-images-idx3-ubyte.gz"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(dir));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("magic number 0x00000801, expected 0x00000803"), e.getMessage());
    }

    @Test
    void labelOutOfRangeIsReported() throws Exception {
        writeSet(dir, "train", new byte[2 * 784], new byte[]{1, 12}, true);
        writeSet(dir, "t10k", new byte[784], new byte[]{1}, true);
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(dir));
        assertTrue(e.getMessage().contains("train-labels-idx1-ubyte.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("label 12 at position 1"), e.getMessage());
    }

    @Test
    void countMismatchIsReported() throws Exception {
        writeSet(dir, "train", new byte[2 * 784], new byte[]{1, 2}, true);
        writeSet(dir, "t10k", new byte[784], new byte[]{1}, true);
        writeLabels(dir.resolve("t10k-labels-idx1-ubyte.gz"), new byte[]{1, 2, 3}, true);
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(dir));
        assertTrue(e.getMessage().contains("holds 3 labels"), e.getMessage());
    }

    @Test
    void missingAndEmptyFilesAreReported() throws Exception {
        DatasetException missing = assertThrows(DatasetException.class, () -> FashionMnist.load(dir));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        Files.createFile(dir.resolve("train-images-idx3-ubyte"));
        DatasetException empty = assertThrows(DatasetException.class, () -> FashionMnist.load(dir));
        assertTrue(empty.getMessage().contains("train-images-idx3-ubyte' is empty"), empty.getMessage());
    }

    @Test
    void corruptGzipIsReported() throws Exception {
        byte[] junk = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), junk);
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(dir));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte.gz"), e.getMessage());
    }

    @Test
    void batchesKeepImagesWithTheirLabelsAndRepeatForASeed() throws Exception {
        LabeledImages test = FashionMnist.shipped().test();
        ImageBatchIterator first = new ImageBatchIterator(test, 100, true, 3);
        ImageBatchIterator second = new ImageBatchIterator(test, 100, true, 3);
        var a = first.next();
        var b = second.next();
        assertArrayEquals(a.getFeatures().dup().data().asFloat(), b.getFeatures().dup().data().asFloat());
        assertArrayEquals(new long[]{100, 1, 28, 28}, a.getFeatures().shape());
        // every image in the batch sits next to its own label
        float[][] labels = a.getLabels().toFloatMatrix();
        float[] pixels = a.getFeatures().reshape(100, 784).getRow(0).toFloatVector();
        int label = argMax(labels[0]);
        boolean found = false;
        for (int i = 0; i < test.size() && !found; i++) {
            found = java.util.Arrays.equals(test.image(i), pixels) && test.label(i) == label;
        }
        assertTrue(found, "the first image of the batch carries its own label");
        assertEquals(20, first.batchesPerEpoch());
    }

    private static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void writeSet(Path dir, String prefix, byte[] pixels, byte[] labels, boolean gzip) throws IOException {
        String suffix = gzip ? ".gz" : "";
        ByteArrayOutputStream images = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(images);
        out.writeInt(IdxFile.IMAGES_MAGIC);
        out.writeInt(labels.length);
        out.writeInt(28);
        out.writeInt(28);
        out.write(pixels);
        write(dir.resolve(prefix + "-images-idx3-ubyte" + suffix), images.toByteArray(), gzip);
        writeLabels(dir.resolve(prefix + "-labels-idx1-ubyte" + suffix), labels, gzip);
    }

    private static void writeLabels(Path file, byte[] labels, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(IdxFile.LABELS_MAGIC);
        out.writeInt(labels.length);
        out.write(labels);
        write(file, bytes.toByteArray(), gzip);
    }

    private static void write(Path file, byte[] content, boolean gzip) throws IOException {
        if (gzip) {
            gzip(file, content);
        } else {
            Files.write(file, content);
        }
    }

    private static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
