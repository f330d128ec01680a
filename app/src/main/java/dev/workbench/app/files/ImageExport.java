package dev.workbench.app.files;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves what a node shows as a PNG file. */
public final class ImageExport {
    private ImageExport() {
    }

    /** Converts a picture taken on the FX thread (e.g. a {@code ChartPicture}) for writing. */
    public static BufferedImage of(javafx.scene.image.Image image) {
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** Takes the picture; call on the FX thread. */
    public static BufferedImage capture(Node node) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** Writes the picture; may run on any thread. */
    public static Path writePng(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
        return file;
    }
}
