package dev.workbench.lessons.resnet;

import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.ImageBatchIterator;
import dev.workbench.lessons.data.LabeledImages;
import dev.workbench.lessons.data.PointSet;
import dev.workbench.lessons.data.PointSetIterator;
import dev.workbench.lessons.data.PointSets;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * What a ResNet session trains and measures on: mini-batches for training, and the training,
 * validation and test sets as a few fixed batches for measuring. The 2-D model also keeps its
 * points, for the decision-boundary and points probes.
 *
 * @param validationPoints the held-out points (2-D model only), drawn with their class
 */
record ResNetData(DataSetIterator batches, int batchesPerEpoch, int samplesPerBatch, List<DataSet> trainEval,
                  List<DataSet> validationEval, List<DataSet> testEval, Optional<PointSet> allPoints,
                  Optional<PointSet> validationPoints) {
    /** Share of the points held out for validation. */
    static final double VALIDATION_FRACTION = 0.2;
    /** Images measured per forward pass. */
    static final int EVAL_BATCH = 500;
    /** Training accuracy of the CNN is measured on this many fixed training images, to keep epochs quick. */
    static final int TRAIN_ACCURACY_SAMPLE = 2000;

    ResNetData {
        trainEval = List.copyOf(trainEval);
        validationEval = List.copyOf(validationEval);
        testEval = List.copyOf(testEval);
    }

    static ResNetData points(ResNetSettings settings) {
        PointSet all = generate(settings.dataset(), settings.points(), settings.noise(), settings.seed());
        PointSet.Split split = all.split(VALIDATION_FRACTION, settings.seed());
        PointSet test = generate(settings.dataset(), Math.max(20, settings.points() / 4), settings.noise(),
                settings.seed() + 1);
        int batch = Math.min(settings.batchSize(), split.train().size());
        PointSetIterator batches = new PointSetIterator(split.train(), batch, true, settings.seed());
        return new ResNetData(batches, batches.batchesPerEpoch(), batch, List.of(whole(split.train())),
                List.of(whole(split.validation())), List.of(whole(test)), Optional.of(all),
                Optional.of(split.validation()));
    }

    static ResNetData images(ResNetSettings settings, FashionMnist.Splits splits) {
        FashionMnist.Splits data = settings.trainImages() == 0 ? splits : splits.withTrainingImages(settings.trainImages());
        int batch = Math.min(settings.batchSize(), data.train().size());
        ImageBatchIterator batches = new ImageBatchIterator(data.train(), batch, true, settings.seed());
        LabeledImages trainSample = data.train().select(sample(data.train().size(), settings.seed()));
        return new ResNetData(batches, batches.batchesPerEpoch(), batch, inBatches(trainSample),
                inBatches(data.validation()), inBatches(data.test()), Optional.empty(), Optional.empty());
    }

    /**
     * The first {@code count} examples of the fixed training sample (all of it when smaller): the
     * points the loss landscape is measured on.
     */
    DataSet landscapeSet(int count) {
        DataSet all = trainEval.size() == 1 ? trainEval.get(0) : DataSet.merge(trainEval);
        return all.numExamples() <= count ? all : (DataSet) all.getRange(0, count);
    }

    static PointSet generate(String dataset, int count, double noise, long seed) {
        return switch (dataset) {
            case "spirals" -> PointSets.spirals(count, noise, seed);
            case "rings" -> PointSets.rings(count, 2, noise, seed);
            case "circles" -> PointSets.circles(count, noise, seed);
            default -> throw new IllegalArgumentException("unknown dataset " + dataset);
        };
    }

    private static DataSet whole(PointSet points) {
        return new PointSetIterator(points, points.size(), false, 0).next();
    }

    private static List<DataSet> inBatches(LabeledImages images) {
        ImageBatchIterator iterator = new ImageBatchIterator(images, EVAL_BATCH, false, 0);
        List<DataSet> batches = new ArrayList<>();
        for (int start = 0; start < images.size(); start += EVAL_BATCH) {
            batches.add(iterator.next(EVAL_BATCH));
        }
        return batches;
    }

    private static int[] sample(int size, long seed) {
        int count = Math.min(TRAIN_ACCURACY_SAMPLE, size);
        int[] all = java.util.stream.IntStream.range(0, size).toArray();
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(size - i);
            int tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        return java.util.Arrays.copyOf(all, count);
    }
}
