package dev.workbench.app.augment;

import dev.workbench.lessons.augment.AugImage;
import dev.workbench.lessons.augment.ImageFileException;
import dev.workbench.lessons.augment.ImageFiles;
import dev.workbench.lessons.data.DatasetException;
import dev.workbench.lessons.data.DatasetLocator;
import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.LabeledImages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Loads the images the preview can show: the shipped photos, Fashion-MNIST test images, any PNG or JPEG file. Slow; call off the FX thread. */
public final class PreviewSources {
    /** The photos folder inside the datasets folder. */
    public static final String PHOTOS_FOLDER = "images";

    private PreviewSources() {
    }

    /** The photos shipped in {@code datasets/images}, sorted by name; empty if the folder is missing. */
    public static List<PreviewSource> shippedPhotos() throws IOException {
        Path folder = DatasetLocator.find().map(root -> root.resolve(PHOTOS_FOLDER)).orElse(null);
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<PreviewSource> photos = new ArrayList<>();
        for (Path file : ImageFiles.list(folder)) {
            photos.add(file(file));
        }
        return List.copyOf(photos);
    }

    /** The shipped Fashion-MNIST test images, which look like what the lesson trains on. */
    public static LabeledImages fashionMnist() throws DatasetException {
        return FashionMnist.shipped().test();
    }

    /** Test image {@code index} as a source. */
    public static PreviewSource fashionMnist(LabeledImages images, int index) {
        AugImage image = AugImage.of(images.cols(), images.rows(), 1, images.image(index));
        return new PreviewSource("Fashion-MNIST test image " + index + " (" + images.classNames().get(images.label(index)) + ")", image);
    }

    /** The first test image of each class, in class order: a strip to pick from. */
    public static int[] onePerClass(LabeledImages images) {
        int[] first = new int[images.classNames().size()];
        Arrays.fill(first, -1);
        for (int i = 0; i < images.size(); i++) {
            if (first[images.label(i)] < 0) {
                first[images.label(i)] = i;
            }
        }
        return Arrays.stream(first).filter(i -> i >= 0).toArray();
    }

    /** @throws ImageFileException naming the file and the problem */
    public static PreviewSource file(Path file) throws ImageFileException {
        return new PreviewSource(file.getFileName().toString(), ImageFiles.read(file));
    }
}
