package dev.workbench.lessons.autoencoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** The four counts of "error above {@code threshold} means anomaly". */
    public Confusion confusionAbove(double threshold) {
        int truePositives = (int) Arrays.stream(anomalous).filter(e -> e > threshold).count();
        int falsePositives = (int) Arrays.stream(normal).filter(e -> e > threshold).count();
        return new Confusion(threshold, truePositives, falsePositives, normal.length - falsePositives,
                anomalous.length - truePositives);
    }

    /**
     * Counts of a detector at one threshold: anomalies flagged (true positives), normal items flagged
     * (false positives), normal items passed (true negatives) and anomalies missed (false negatives).
     */
    public record Confusion(double threshold, int truePositives, int falsePositives, int trueNegatives,
                            int falseNegatives) {
        /** Of the items flagged, the fraction truly anomalous; NaN when nothing is flagged. */
        public double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? Double.NaN : truePositives / (double) flagged;
        }

        /** Of the anomalies, the fraction flagged (the true-positive rate); NaN without anomalies. */
        public double recall() {
            int anomalies = truePositives + falseNegatives;
            return anomalies == 0 ? Double.NaN : truePositives / (double) anomalies;
        }

        /** Of the normal items, the fraction wrongly flagged; NaN without normal items. */
        public double falsePositiveRate() {
            int normals = falsePositives + trueNegatives;
            return normals == 0 ? Double.NaN : falsePositives / (double) normals;
        }
    }

    /**
     * The ROC curve: one point per distinct threshold, from "flag everything" (1, 1) down to "flag
     * nothing" (0, 0), as false-positive rate against true-positive rate, ordered by rising
     * false-positive rate. Tied errors move the curve diagonally, as the rank AUC counts them half.
     * Empty when either group is empty.
     */
    public List<RocPoint> roc() {
        if (normal.length == 0 || anomalous.length == 0) {
            return List.of();
        }
        double[] n = normal.clone();
        double[] a = anomalous.clone();
        Arrays.sort(n);
        Arrays.sort(a);
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(Double.POSITIVE_INFINITY, 0, 0));
        // Walk thresholds from the largest error down; "above t" flags every item > t.
        int i = n.length - 1;
        int j = a.length - 1;
        while (i >= 0 || j >= 0) {
            double value = Math.max(i >= 0 ? n[i] : Double.NEGATIVE_INFINITY, j >= 0 ? a[j] : Double.NEGATIVE_INFINITY);
            while (i >= 0 && n[i] == value) {
                i--;
            }
            while (j >= 0 && a[j] == value) {
                j--;
            }
            // Items >= value are flagged: the threshold sits just below value (at the next smaller error).
            double next = Math.max(i >= 0 ? n[i] : Double.NEGATIVE_INFINITY, j >= 0 ? a[j] : Double.NEGATIVE_INFINITY);
            points.add(new RocPoint(next, (n.length - 1 - i) / (double) n.length, (a.length - 1 - j) / (double) a.length));
        }
        return List.copyOf(points);
    }

    /** The area under {@link #roc()} by the trapezoid rule: equal to {@link #auc()}. */
    public static double area(List<RocPoint> roc) {
        double area = 0;
        for (int k = 1; k < roc.size(); k++) {
            RocPoint p = roc.get(k - 1);
            RocPoint q = roc.get(k);
            area += (q.falsePositiveRate() - p.falsePositiveRate()) * (q.truePositiveRate() + p.truePositiveRate()) / 2;
        }
        return area;
    }

    /**
     * One point of the ROC curve: flagging every error above {@code threshold} catches
     * {@code truePositiveRate} of the anomalies and wrongly flags {@code falsePositiveRate} of the normal items.
     */
    public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate) {
    }

    /** A threshold that flags about {@code fraction} of the normal items: just below their (1 - fraction) quantile. */
    public double thresholdFlagging(double fraction) {
        if (normal.length == 0) {
            return Double.NaN;
        }
        double[] sorted = normal.clone();
        Arrays.sort(sorted);
        int index = (int) Math.floor((1 - fraction) * sorted.length);
        if (index >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        double value = sorted[Math.max(0, index)];
        return value - Math.ulp(value);
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
