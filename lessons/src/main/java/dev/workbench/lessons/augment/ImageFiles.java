package dev.workbench.lessons.augment;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Reads PNG and JPEG files into {@link AugImage}s for previews, through {@code javax.imageio}. */
public final class ImageFiles {
    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg");

    private ImageFiles() {
    }

    /**
     * Reads a PNG or JPEG file. Gray images give 1 channel, everything else 3 (RGB); alpha is dropped.
     *
     * @throws ImageFileException naming the file, when it is missing, empty, not an image or unreadable
     */
    public static AugImage read(Path path) throws ImageFileException {
        if (!Files.exists(path)) {
            throw new ImageFileException(path, "the file does not exist");
        }
        if (!Files.isRegularFile(path)) {
            throw new ImageFileException(path, "it is not a regular file");
        }
        BufferedImage image;
        try {
            if (Files.size(path) == 0) {
                throw new ImageFileException(path, "the file is empty (0 bytes)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                image = ImageIO.read(in);
            }
        } catch (ImageFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO's decoders report corrupt data as IIOException or as runtime exceptions.
            throw new ImageFileException(path, "it could not be decoded (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new ImageFileException(path, "it is not a PNG or JPEG image");
        }
        return toAugImage(image);
    }

    /** The PNG and JPEG files directly in {@code directory}, sorted by name. */
    public static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(ImageFiles::hasImageExtension).sorted().toList();
        }
    }

    static AugImage toAugImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getColorModel().getNumColorComponents() == 1) {
            return AugImage.wrap(w, h, 1, grayPixels(image));
        }
        int plane = w * h;
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        float[] pixels = new float[3 * plane];
        for (int i = 0; i < plane; i++) {
            pixels[i] = ((argb[i] >> 16) & 0xFF) / 255f;
            pixels[plane + i] = ((argb[i] >> 8) & 0xFF) / 255f;
            pixels[2 * plane + i] = (argb[i] & 0xFF) / 255f;
        }
        return AugImage.wrap(w, h, 3, pixels);
    }

    /** Raw samples, because getRGB would push a linear gray colour space through a gamma curve. */
    private static float[] grayPixels(BufferedImage image) {
        Raster raster = image.getRaster();
        float maxValue = (1 << image.getColorModel().getComponentSize(0)) - 1;
        int w = image.getWidth();
        int h = image.getHeight();
        float[] pixels = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = Math.min(1f, raster.getSample(x, y, 0) / maxValue);
            }
        }
        return pixels;
    }

    private static boolean hasImageExtension(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
