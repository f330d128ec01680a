package dev.workbench.lessons.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AugImageFilesTest {
    private static final Path SHIPPED = Path.of("datasets", "images");

    @TempDir
    Path dir;

    @Test
    void readsEveryShippedPhotoAsRgbAtMost256Wide() throws IOException {
        List<Path> photos = ImageFiles.list(SHIPPED);
        assertEquals(List.of("astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg"),
                photos.stream().map(path -> path.getFileName().toString()).toList());
        for (Path photo : photos) {
            AugImage image = ImageFiles.read(photo);
            assertEquals(3, image.channels(), photo.toString());
            assertEquals(256, Math.max(image.width(), image.height()), photo.toString());
        }
    }

    @Test
    void readsRgbPixelsExactly() throws IOException {
        BufferedImage written = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        written.setRGB(0, 0, 0xFF0080);
        written.setRGB(1, 0, 0x00FF00);
        Path file = dir.resolve("two.png");
        ImageIO.write(written, "png", file.toFile());

        AugImage image = ImageFiles.read(file);

        assertEquals(3, image.channels());
        assertEquals(1f, image.get(0, 0, 0));
        assertEquals(0f, image.get(1, 0, 0));
        assertEquals(128 / 255f, image.get(2, 0, 0));
        assertEquals(1f, image.get(1, 1, 0));
        assertEquals(0xFFFF0080, image.toArgb()[0]);
    }

    @Test
    void readsGrayImagesAsOneChannelWithTheirRawValues() throws IOException {
        BufferedImage written = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        written.getRaster().setSamples(0, 0, 3, 1, 0, new int[] {0, 100, 255});
        Path file = dir.resolve("gray.png");
        ImageIO.write(written, "png", file.toFile());

        AugImage image = ImageFiles.read(file);

        assertEquals(1, image.channels());
        assertEquals(100 / 255f, image.get(0, 1, 0));
        assertEquals(1f, image.get(0, 2, 0));
    }

    @Test
    void emptyFileIsRejectedByName() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.png"));
        ImageFileException error = assertThrows(ImageFileException.class, () -> ImageFiles.read(file));
        assertMentions(error, file, "empty");
    }

    @Test
    void textFileNamedPngIsRejectedByName() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.png"), "not a picture", StandardCharsets.UTF_8);
        ImageFileException error = assertThrows(ImageFileException.class, () -> ImageFiles.read(file));
        assertMentions(error, file, "not a PNG or JPEG");
    }

    @Test
    void missingFileIsRejectedByName() {
        Path file = dir.resolve("nowhere.jpg");
        ImageFileException error = assertThrows(ImageFileException.class, () -> ImageFiles.read(file));
        assertMentions(error, file, "does not exist");
    }

    @Test
    void directoryIsRejectedByName() {
        ImageFileException error = assertThrows(ImageFileException.class, () -> ImageFiles.read(dir));
        assertMentions(error, dir, "not a regular file");
    }

    private static void assertMentions(ImageFileException error, Path file, String problem) {
        assertEquals(file, error.path());
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }
}
