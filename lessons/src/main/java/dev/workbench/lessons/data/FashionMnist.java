package dev.workbench.lessons.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST (Zalando Research, MIT licence): 28x28 grayscale photos of clothing in ten
 * classes. Loads the subset shipped in {@code datasets/fashion-mnist}, the full 60k/10k set from
 * a folder, or Debian's copy in {@value #SYSTEM_FOLDER}.
 */
public final class FashionMnist {
    public static final List<String> CLASS_NAMES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    public static final String SYSTEM_FOLDER = "/usr/share/datasets/fashion-mnist";
    /** Every n-th training image (file order) is held out for validation. */
    static final int VALIDATION_EVERY = 6;

    /** Training, validation (held out from the training files) and test images. */
    public record Splits(LabeledImages train, LabeledImages validation, LabeledImages test, Path folder) {
        /** The same splits with only the first {@code count} training images (all if there are fewer). */
        public Splits withTrainingImages(int count) {
            if (count >= train.size()) {
                return this;
            }
            return new Splits(train.select(java.util.stream.IntStream.range(0, count).toArray()), validation, test, folder);
        }
    }

    private FashionMnist() {
    }

    /** The subset that ships with the app. */
    public static Splits shipped() throws DatasetException {
        return load(DatasetLocator.datasetsRoot().resolve("fashion-mnist"));
    }

    /** The full set: the given folder, or Debian's system copy when {@code folder} is null. */
    public static Splits full(Path folder) throws DatasetException {
        Path dir = folder != null ? folder : Path.of(SYSTEM_FOLDER);
        if (Files.isRegularFile(dir)) {
            throw new DatasetException(dir, "is a file, not a folder: name the folder that holds the four Fashion-MNIST "
                    + "IDX files");
        }
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(dir, "does not exist: install Debian's dataset-fashion-mnist package "
                    + "or name a folder holding the four Fashion-MNIST IDX files");
        }
        return load(dir);
    }

    /** Reads {@code train-*} and {@code t10k-*} IDX files (gzip or raw) from a folder. */
    public static Splits load(Path folder) throws DatasetException {
        LabeledImages trainFile = read(folder, "train");
        LabeledImages test = read(folder, "t10k");
        int n = trainFile.size();
        int validationSize = n / VALIDATION_EVERY;
        int[] trainIdx = new int[n - validationSize];
        int[] validationIdx = new int[validationSize];
        int t = 0;
        int v = 0;
        for (int i = 0; i < n; i++) {
            if (i % VALIDATION_EVERY == VALIDATION_EVERY - 1 && v < validationSize) {
                validationIdx[v++] = i;
            } else {
                trainIdx[t++] = i;
            }
        }
        return new Splits(trainFile.select(trainIdx), trainFile.select(validationIdx), test, folder);
    }

    private static LabeledImages read(Path folder, String prefix) throws DatasetException {
        Path imagesFile = pick(folder, prefix + "-images-idx3-ubyte");
        Path labelsFile = pick(folder, prefix + "-labels-idx1-ubyte");
        IdxFile.Images images = IdxFile.readImages(imagesFile);
        byte[] labels = IdxFile.readLabels(labelsFile, CLASS_NAMES.size());
        if (images.count() != labels.length) {
            throw new DatasetException(labelsFile, "holds " + labels.length + " labels but '" + imagesFile.getFileName()
                    + "' holds " + images.count() + " images");
        }
        if (images.rows() != 28 || images.cols() != 28) {
            throw new DatasetException(imagesFile, "holds " + images.rows() + "x" + images.cols()
                    + " images; Fashion-MNIST images are 28x28");
        }
        return new LabeledImages(images.rows(), images.cols(), images.pixels(), labels, CLASS_NAMES);
    }

    private static Path pick(Path folder, String baseName) {
        Path gz = folder.resolve(baseName + ".gz");
        return Files.exists(gz) ? gz : folder.resolve(baseName);
    }
}
