package dev.workbench.lessons.autoencoder;

import java.util.Arrays;

/**
 * Reconstruction errors of normal and anomalous items, and what they say as a detector: an
 * autoencoder trained on normal items only should rebuild an anomaly badly, so a large error flags it.
 *
 * @param normal    errors of items from the classes the network was trained on
 * @param anomalous errors of items from the held-out class
 */
public record AnomalyScores(double[] normal, double[] anomalous) {
    public AnomalyScores {
        normal = normal.clone();
        anomalous = anomalous.clone();
    }

    @Override
    public double[] normal() {
        return normal.clone();
    }

    @Override
    public double[] anomalous() {
        return anomalous.clone();
    }

    /**
     * Area under the ROC curve: the probability that a random anomaly has a larger error than a random
     * normal item (ties count half), computed from ranks (Mann-Whitney U) in O(n log n). 0.5 is chance.
     */
    public double auc() {
        if (normal.length == 0 || anomalous.length == 0) {
            return Double.NaN;
        }
        int n = normal.length + anomalous.length;
        double[] values = new double[n];
        boolean[] isAnomaly = new boolean[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            boolean anomaly = i >= normal.length;
            values[i] = anomaly ? anomalous[i - normal.length] : normal[i];
            isAnomaly[i] = anomaly;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double rankSum = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1; // average rank of a run of ties
            for (int t = i; t <= j; t++) {
                if (isAnomaly[order[t]]) {
                    rankSum += rank;
                }
            }
            i = j + 1;
        }
        double m = anomalous.length;
        return (rankSum - m * (m + 1) / 2) / (m * normal.length);
    }

    /** Precision and recall of "error above {@code threshold} means anomaly". */
    public Detection detectAbove(double threshold) {
        long truePositives = Arrays.stream(anomalous).filter(e -> e > threshold).count();
        long falsePositives = Arrays.stream(normal).filter(e -> e > threshold).count();
        double precision = truePositives + falsePositives == 0 ? Double.NaN
                : truePositives / (double) (truePositives + falsePositives);
        return new Detection(threshold, precision, truePositives / (double) anomalous.length);
    }

    /** How a threshold does: of the items flagged, the fraction truly anomalous; of the anomalies, the fraction flagged. */
    public record Detection(double threshold, double precision, double recall) {
    }

    /**
     * Histogram counts as fractions of each group, over {@code edges.length - 1} bins; values outside the
     * edges fall in the first or last bin.
     */
    public static double[] histogram(double[] values, double[] edges) {
        int bins = edges.length - 1;
        double[] fractions = new double[bins];
        for (double value : values) {
            int bin = 0;
            while (bin < bins - 1 && value >= edges[bin + 1]) {
                bin++;
            }
            fractions[bin] += 1.0 / values.length;
        }
        return fractions;
    }
}
