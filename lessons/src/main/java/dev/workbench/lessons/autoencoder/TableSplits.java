package dev.workbench.lessons.autoencoder;

import dev.workbench.lessons.data.BreastCancer;
import dev.workbench.lessons.data.LabeledTable;
import dev.workbench.lessons.data.ZScore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The breast cancer table split for anomaly detection: a seeded split of each class into 60%
 * training, 20% validation and 20% test rows; the autoencoder trains on the benign training rows
 * only (the malignant ones are set aside), and every column is standardised with the mean and
 * standard deviation of exactly those training rows, so nothing about the validation or test rows
 * (or the anomalies) leaks into training.
 */
final class TableSplits {
    static final double TRAIN_SHARE = 0.6;
    static final double VALIDATION_SHARE = 0.2;

    private TableSplits() {
    }

    /** @param trainRows at most this many benign training rows (0: all of them) */
    static AutoencoderData split(LabeledTable table, int trainRows, long seed) {
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int label = 0; label < table.classNames().size(); label++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < table.size(); i++) {
                if (table.label(i) == label) {
                    rows.add(i);
                }
            }
            Collections.shuffle(rows, random);
            int trainEnd = (int) Math.round(TRAIN_SHARE * rows.size());
            int validationEnd = trainEnd + (int) Math.round(VALIDATION_SHARE * rows.size());
            if (label != BreastCancer.MALIGNANT) {
                train.addAll(rows.subList(0, trainEnd));
            }
            validation.addAll(rows.subList(trainEnd, validationEnd));
            test.addAll(rows.subList(validationEnd, rows.size()));
        }
        // Shuffled once more so the test rows are not sorted by class (the latent map plots the first ones).
        Collections.shuffle(test, random);
        if (trainRows > 0 && trainRows < train.size()) {
            train = train.subList(0, trainRows);
        }
        LabeledTable trainTable = table.select(indices(train));
        ZScore scaling = trainTable.columnScaling();
        LabeledTable validationTable = table.select(indices(validation)).scaled(scaling);
        int anomaly = BreastCancer.MALIGNANT;
        return new AutoencoderData(trainTable.scaled(scaling),
                AutoencoderData.where(validationTable, label -> label != anomaly),
                AutoencoderData.where(validationTable, label -> label == anomaly),
                table.select(indices(test)).scaled(scaling), anomaly);
    }

    private static int[] indices(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }
}
