package dev.workbench.lessons.data;

import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Mini-batches of a {@link PointSet}: features [batch, 2] (x, y) and one-hot labels
 * [batch, classes], as floats, in a seeded order that changes every epoch.
 */
public final class PointSetIterator extends ShuffledBatchIterator {
    private final PointSet points;

    public PointSetIterator(PointSet points, int batchSize, boolean shuffle, long seed) {
        super(points.size(), batchSize, shuffle, seed);
        this.points = points;
    }

    @Override
    DataSet assemble(int[] indices) {
        int classes = points.classes();
        float[] features = new float[indices.length * 2];
        float[] labels = new float[indices.length * classes];
        for (int i = 0; i < indices.length; i++) {
            int p = indices[i];
            features[2 * i] = (float) points.x(p);
            features[2 * i + 1] = (float) points.y(p);
            labels[i * classes + points.label(p)] = 1f;
        }
        return new DataSet(Nd4j.create(features, new long[]{indices.length, 2}),
                Nd4j.create(labels, new long[]{indices.length, classes}));
    }

    @Override
    public int inputColumns() {
        return 2;
    }

    @Override
    public int totalOutcomes() {
        return points.classes();
    }

    @Override
    public List<String> getLabels() {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < points.classes(); c++) {
            names.add("class " + c);
        }
        return names;
    }
}
