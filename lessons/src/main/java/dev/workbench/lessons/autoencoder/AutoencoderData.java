package dev.workbench.lessons.autoencoder;

import dev.workbench.lessons.augment.noise.NoiseCorruption;
import dev.workbench.lessons.data.BreastCancer;
import dev.workbench.lessons.data.DatasetException;
import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.LabeledExamples;
import dev.workbench.lessons.data.LabeledImages;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The examples one autoencoder run uses, split by role: Fashion-MNIST images, or rows of the breast
 * cancer table. In anomaly mode the anomalous class is removed from training and validation and
 * kept apart, so the network never sees it while learning.
 *
 * @param train         the training examples (normal classes only)
 * @param validation    normal validation examples, the ones the validation error is measured on
 * @param validationAnomalies validation examples of the anomalous class (empty outside anomaly mode)
 * @param test          every test example, all classes (the latent map shows the anomaly too)
 * @param anomalyLabel  the anomalous class, or {@link AutoencoderSettings#NO_ANOMALY}
 */
record AutoencoderData(LabeledExamples train, LabeledExamples validation, LabeledExamples validationAnomalies,
                       LabeledExamples test, int anomalyLabel) {

    static AutoencoderData load(AutoencoderSettings settings) throws DatasetException {
        if (settings.tabular()) {
            return TableSplits.split(BreastCancer.shipped(), settings.trainImages(), settings.seed());
        }
        FashionMnist.Splits splits = settings.dataset().equals(AutoencoderSettings.FULL)
                ? FashionMnist.full(AutoencoderLesson.dataDir(settings))
                : FashionMnist.shipped();
        int anomaly = settings.anomalyClass();
        IntPredicate normal = label -> label != anomaly;
        LabeledExamples train = where(splits.train(), normal);
        if (settings.trainImages() > 0 && settings.trainImages() < train.size()) {
            train = train.select(IntStream.range(0, settings.trainImages()).toArray());
        }
        return new AutoencoderData(train, where(splits.validation(), normal),
                where(splits.validation(), label -> label == anomaly), splits.test(), anomaly);
    }

    /** Whether the examples are images (and so can be drawn, corrupted and decoded as pictures). */
    boolean images() {
        return test instanceof LabeledImages;
    }

    /** Numbers per example: 784 pixels or 30 table columns. */
    int featureCount() {
        return test.featureCount();
    }

    /** The test examples of the normal classes (all of them outside anomaly mode). */
    LabeledExamples testNormal() {
        return where(test, label -> label != anomalyLabel);
    }

    LabeledExamples testAnomalies() {
        return where(test, label -> label == anomalyLabel);
    }

    static LabeledExamples where(LabeledExamples examples, IntPredicate label) {
        return examples.select(IntStream.range(0, examples.size()).filter(i -> label.test(examples.label(i))).toArray());
    }

    /** The first {@code count} examples (all if fewer) as [n, features] rows. */
    static INDArray rows(LabeledExamples examples, int count) {
        int n = Math.min(count, examples.size());
        int size = examples.featureCount();
        float[] flat = new float[n * size];
        for (int i = 0; i < n; i++) {
            System.arraycopy(examples.features(i), 0, flat, i * size, size);
        }
        return Nd4j.create(flat, new long[]{n, size});
    }

    static INDArray rows(LabeledExamples examples) {
        return rows(examples, examples.size());
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
