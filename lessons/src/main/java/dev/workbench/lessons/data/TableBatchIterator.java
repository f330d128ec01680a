package dev.workbench.lessons.data;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/** Mini-batches of table rows shaped [batch, columns] with one-hot labels, in a seeded shuffled order. */
public final class TableBatchIterator extends ShuffledBatchIterator {
    private final LabeledTable table;

    public TableBatchIterator(LabeledTable table, int batchSize, boolean shuffle, long seed) {
        super(table.size(), batchSize, shuffle, seed);
        this.table = table;
    }

    @Override
    DataSet assemble(int[] indices) {
        int count = indices.length;
        int width = table.featureCount();
        int classes = table.classNames().size();
        float[] features = new float[count * width];
        float[] labels = new float[count * classes];
        for (int i = 0; i < count; i++) {
            System.arraycopy(table.features(indices[i]), 0, features, i * width, width);
            labels[i * classes + table.label(indices[i])] = 1f;
        }
        return new DataSet(Nd4j.create(features, new long[]{count, width}), Nd4j.create(labels, new long[]{count, classes}));
    }

    @Override
    public int inputColumns() {
        return table.featureCount();
    }

    @Override
    public int totalOutcomes() {
        return table.classNames().size();
    }

    @Override
    public List<String> getLabels() {
        return table.classNames();
    }
}
