package dev.workbench.lessons.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of (true class, predicted class) pairs over a test set, with the test-set positions of
 * the images in each cell so a view can show them.
 */
public final class ConfusionMatrix {
    private final List<String> classNames;
    private final int[][] counts;
    private final List<List<List<Integer>>> members;

    public ConfusionMatrix(List<String> classNames) {
        this.classNames = List.copyOf(classNames);
        int n = classNames.size();
        this.counts = new int[n][n];
        this.members = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            List<List<Integer>> row = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                row.add(new ArrayList<>());
            }
            members.add(row);
        }
    }

    public void add(int index, int trueLabel, int predictedLabel) {
        counts[trueLabel][predictedLabel]++;
        members.get(trueLabel).get(predictedLabel).add(index);
    }

    public List<String> classNames() {
        return classNames;
    }

    public int count(int trueLabel, int predictedLabel) {
        return counts[trueLabel][predictedLabel];
    }

    /** Test-set positions of the images with this true and predicted class. */
    public List<Integer> members(int trueLabel, int predictedLabel) {
        return List.copyOf(members.get(trueLabel).get(predictedLabel));
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int c : row) {
                total += c;
            }
        }
        return total;
    }

    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < counts.length; i++) {
            correct += counts[i][i];
        }
        return total() == 0 ? Double.NaN : correct / (double) total();
    }
}
