package dev.workbench.lessons.autoencoder;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The detector's arithmetic: confusion counts, precision and recall at a threshold, the ROC curve and its area. */
class AnomalyScoresTest {

    @Test
    void perfectSeparationHasAreaOneAndACornerOnTheCurve() {
        AnomalyScores scores = new AnomalyScores(new double[]{0.01, 0.02, 0.03}, new double[]{0.05, 0.06});
        List<AnomalyScores.RocPoint> roc = scores.roc();
        assertEquals(1.0, scores.auc(), 0);
        assertEquals(1.0, AnomalyScores.area(roc), 1e-12);
        assertTrue(roc.stream().anyMatch(p -> p.falsePositiveRate() == 0 && p.truePositiveRate() == 1),
                "some threshold catches every anomaly and no normal item: " + roc);
        AnomalyScores.Confusion between = scores.confusionAbove(0.04);
        assertEquals(new AnomalyScores.Confusion(0.04, 2, 0, 3, 0), between);
        assertEquals(1.0, between.precision(), 0);
        assertEquals(1.0, between.recall(), 0);
    }

    @Test
    void aSmallKnownCase() {
        // normal 1, 3; anomalous 2, 4.
        AnomalyScores scores = new AnomalyScores(new double[]{1, 3}, new double[]{2, 4});
        AnomalyScores.Confusion atTwoAndAHalf = scores.confusionAbove(2.5);
        assertEquals(1, atTwoAndAHalf.truePositives());
        assertEquals(1, atTwoAndAHalf.falsePositives());
        assertEquals(1, atTwoAndAHalf.trueNegatives());
        assertEquals(1, atTwoAndAHalf.falseNegatives());
        assertEquals(0.5, atTwoAndAHalf.precision(), 1e-12);
        assertEquals(0.5, atTwoAndAHalf.recall(), 1e-12);
        assertEquals(0.5, atTwoAndAHalf.falsePositiveRate(), 1e-12);

        // Thresholds fall from above everything: 4 flagged, then 3, 2, 1.
        double[][] expected = {{0, 0}, {0, 0.5}, {0.5, 0.5}, {0.5, 1}, {1, 1}};
        List<AnomalyScores.RocPoint> roc = scores.roc();
        assertEquals(expected.length, roc.size(), roc.toString());
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], new double[]{roc.get(i).falsePositiveRate(), roc.get(i).truePositiveRate()}, 1e-12,
                    "point " + i);
        }
        assertEquals(3.0, roc.get(1).threshold(), 0, "the second point flags errors above 3: only the 4");
        assertEquals(0.75, AnomalyScores.area(roc), 1e-12);
        assertEquals(0.75, scores.auc(), 1e-12);

        AnomalyScores.Confusion nothingFlagged = scores.confusionAbove(10);
        assertTrue(Double.isNaN(nothingFlagged.precision()), "nothing flagged: precision undefined");
        assertEquals(0, nothingFlagged.recall(), 0);
    }

    @Test
    void tiesMoveTheCurveDiagonallyAndTheAreaMatchesTheRankAuc() {
        AnomalyScores tied = new AnomalyScores(new double[]{1, 1}, new double[]{1});
        assertEquals(0.5, AnomalyScores.area(tied.roc()), 1e-12);
        Random random = new Random(7);
        double[] normal = new double[200];
        double[] anomalous = new double[50];
        for (int i = 0; i < normal.length; i++) {
            normal[i] = Math.round(random.nextGaussian() * 10) / 10.0; // rounded: many ties
        }
        for (int i = 0; i < anomalous.length; i++) {
            anomalous[i] = Math.round((random.nextGaussian() + 1) * 10) / 10.0;
        }
        AnomalyScores scores = new AnomalyScores(normal, anomalous);
        assertEquals(scores.auc(), AnomalyScores.area(scores.roc()), 1e-12);
        assertTrue(scores.auc() > 0.6 && scores.auc() < 0.9, "one standard deviation apart: " + scores.auc());
    }

    @Test
    void aThresholdFlaggingFivePercentOfNormalItems() {
        double[] normal = new double[100];
        for (int i = 0; i < normal.length; i++) {
            normal[i] = i;
        }
        AnomalyScores scores = new AnomalyScores(normal, new double[]{500});
        AnomalyScores.Confusion confusion = scores.confusionAbove(scores.thresholdFlagging(0.05));
        assertEquals(5, confusion.falsePositives());
        assertEquals(1, confusion.truePositives());
    }

    @Test
    void aPlanePointMapsBackToACode() {
        LatentPlane plane = new LatentPlane(new double[]{0, 1}, new double[]{0, 2}, new int[]{0, 1}, List.of("a", "b"),
                new double[]{1, 1, 1}, new double[]{1, 0, 0}, new double[]{0, 0, 2});
        assertArrayEquals(new double[]{3, 1, 7}, plane.code(2, 3), 0);
        assertTrue(plane.projected());
        assertEquals(1, plane.nearest(0.9, 1.9));
    }
}
