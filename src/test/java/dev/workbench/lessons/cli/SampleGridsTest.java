package dev.workbench.lessons.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleGridsTest {
    /** The GAN's grid: 16 images of 28x28, 8 per row, each drawn SCALE times as large with gaps. */
    private static final int GRID_WIDTH = 8 * 28 * SampleGrids.SCALE + 9 * SampleGrids.GAP;
    private static final int GRID_HEIGHT = 2 * 28 * SampleGrids.SCALE + 3 * SampleGrids.GAP;

    @Test
    void anImageGanRunSavesSampleGridsAsPngEveryNIterations(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = WorkbenchCli.run(new String[]{"run", "gan", "--model", "image", "--epochs", "1",
                        "--train-images", "64", "--batch-size", "16", "--sample-every", "40", "--quiet",
                        "--out", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> pictures;
        try (Stream<Path> files = Files.list(dir)) {
            pictures = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        }
        // Before training, every 40 iterations, and the 100th (the last) as well.
        assertEquals(List.of("samples-000000.png", "samples-000040.png", "samples-000080.png", "samples-000100.png"),
                pictures, out.toString(StandardCharsets.UTF_8));
        BufferedImage first = ImageIO.read(dir.resolve(pictures.get(0)).toFile());
        BufferedImage last = ImageIO.read(dir.resolve(pictures.get(3)).toFile());
        for (BufferedImage picture : List.of(first, last)) {
            assertNotNull(picture);
            assertEquals(GRID_WIDTH, picture.getWidth());
            assertEquals(GRID_HEIGHT, picture.getHeight());
        }
        assertTrue(differ(first, last), "the generator changed in 100 iterations, so did its samples");
    }

    @Test
    void theTwoDimensionalGanSavesNoPicturesAndZeroTurnsThemOff(@TempDir Path dir) throws Exception {
        Path twoD = dir.resolve("2d");
        Path off = dir.resolve("off");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, WorkbenchCli.run(new String[]{"run", "gan", "--epochs", "1", "--quiet", "--sample-every", "10",
                "--out", twoD.toString()}, quiet, quiet));
        assertEquals(0, WorkbenchCli.run(new String[]{"run", "gan", "--model", "image", "--epochs", "1",
                "--train-images", "64", "--batch-size", "16", "--quiet", "--sample-every", "0",
                "--out", off.toString()}, quiet, quiet));
        for (Path folder : List.of(twoD, off)) {
            try (Stream<Path> files = Files.list(folder)) {
                assertTrue(files.noneMatch(f -> f.toString().endsWith(".png")), folder.toString());
            }
        }
        assertEquals(WorkbenchCli.USAGE, WorkbenchCli.run(new String[]{"run", "gan", "--sample-every", "-1"}, quiet, quiet));
    }

    private static boolean differ(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
