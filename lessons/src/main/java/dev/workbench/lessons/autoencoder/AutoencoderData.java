package dev.workbench.lessons.autoencoder;

import dev.workbench.lessons.augment.noise.NoiseCorruption;
import dev.workbench.lessons.data.DatasetException;
import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.LabeledImages;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The images one autoencoder run uses, split by role. In anomaly mode the held-out class is removed
 * from training and validation and kept apart, so the network never sees it while learning.
 *
 * @param train         the training images (normal classes only)
 * @param validation    normal validation images, the ones the validation error is measured on
 * @param validationAnomalies validation images of the held-out class (empty outside anomaly mode)
 * @param test          every test image, all classes (the latent map shows the anomaly too)
 */
record AutoencoderData(LabeledImages train, LabeledImages validation, LabeledImages validationAnomalies,
                       LabeledImages test) {

    static AutoencoderData load(AutoencoderSettings settings) throws DatasetException {
        FashionMnist.Splits splits = settings.dataset().equals("full")
                ? FashionMnist.full(AutoencoderLesson.dataDir(settings))
                : FashionMnist.shipped();
        int anomaly = settings.anomalyClass();
        IntPredicate normal = label -> label != anomaly;
        LabeledImages train = where(splits.train(), normal);
        if (settings.trainImages() > 0 && settings.trainImages() < train.size()) {
            train = train.select(IntStream.range(0, settings.trainImages()).toArray());
        }
        return new AutoencoderData(train, where(splits.validation(), normal),
                where(splits.validation(), label -> label == anomaly), splits.test());
    }

    /** The test images of the normal classes (all of them outside anomaly mode). */
    LabeledImages testNormal(int anomalyClass) {
        return where(test, label -> label != anomalyClass);
    }

    LabeledImages testAnomalies(int anomalyClass) {
        return where(test, label -> label == anomalyClass);
    }

    static LabeledImages where(LabeledImages images, IntPredicate label) {
        return images.select(IntStream.range(0, images.size()).filter(i -> label.test(images.label(i))).toArray());
    }

    /** The first {@code count} images (all if fewer) as [n, 784] rows in [0, 1]. */
    static INDArray rows(LabeledImages images, int count) {
        int n = Math.min(count, images.size());
        int size = images.imageSize();
        float[] flat = new float[n * size];
        for (int i = 0; i < n; i++) {
            System.arraycopy(images.image(i), 0, flat, i * size, size);
        }
        return Nd4j.create(flat, new long[]{n, size});
    }

    static INDArray rows(LabeledImages images) {
        return rows(images, images.size());
    }

    /** Each row corrupted once with a generator seeded by {@code seed}: the same noisy copy every epoch. */
    static INDArray corrupt(INDArray clean, NoiseCorruption noise, long seed) {
        Random random = new Random(seed);
        float[][] rows = clean.toFloatMatrix();
        for (int i = 0; i < rows.length; i++) {
            rows[i] = noise.apply(rows[i], random);
        }
        return Nd4j.create(rows);
    }
}
