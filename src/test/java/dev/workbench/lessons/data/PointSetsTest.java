package dev.workbench.lessons.data;

import dev.workbench.lessons.engine.LessonException;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointSetsTest {
    private static final List<LongFunction<PointSet>> GENERATORS = List.of(
            seed -> PointSets.circles(301, 0.05, seed),
            seed -> PointSets.xor(301, 0.05, seed),
            seed -> PointSets.gaussians(301, 3, 0.1, seed),
            seed -> PointSets.gaussianRing(301, 0.02, seed),
            seed -> PointSets.gaussianGrid(301, 0.05, seed),
            seed -> PointSets.spirals(301, 0.05, seed),
            seed -> PointSets.moons(301, 0.05, seed),
            seed -> PointSets.rings(301, 3, 0.05, seed));

    @Test
    void everyGeneratorIsDeterministicPerSeedAndDiffersAcrossSeeds() {
        for (LongFunction<PointSet> generator : GENERATORS) {
            PointSet a = generator.apply(7);
            assertEquals(a, generator.apply(7), a.name());
            PointSet other = generator.apply(8);
            assertFalse(Arrays.equals(a.x(), other.x()), a.name() + " differs for another seed");
        }
    }

    @Test
    void classesAreBalancedWithinOnePoint() {
        for (LongFunction<PointSet> generator : GENERATORS) {
            PointSet points = generator.apply(1);
            assertEquals(301, points.size());
            int[] counts = points.countsPerClass();
            int min = Arrays.stream(counts).min().orElseThrow();
            int max = Arrays.stream(counts).max().orElseThrow();
            assertTrue(max - min <= 1, points.name() + " counts " + Arrays.toString(counts));
        }
        assertEquals(8, PointSets.gaussianRing(80, 0.02, 1).classes());
        assertEquals(25, PointSets.gaussianGrid(100, 0.02, 1).classes());
    }

    @Test
    void circlesWithoutNoiseLieOnTheirRadii() {
        PointSet circles = PointSets.circles(100, 0, 3);
        for (int i = 0; i < circles.size(); i++) {
            double r = Math.hypot(circles.x(i), circles.y(i));
            assertEquals(circles.label(i) == 0 ? 1.0 : 0.5, r, 1e-12);
        }
    }

    @Test
    void xorLabelsFollowTheQuadrants() {
        PointSet xor = PointSets.xor(400, 0, 5);
        for (int i = 0; i < xor.size(); i++) {
            assertEquals(xor.x(i) * xor.y(i) < 0 ? 1 : 0, xor.label(i));
        }
    }

    @Test
    void gaussianRingModesSitOnRadiusTwo() {
        PointSet ring = PointSets.gaussianRing(800, 0.02, 9);
        double[] sumX = new double[8];
        int[] n = new int[8];
        for (int i = 0; i < ring.size(); i++) {
            assertEquals(2.0, Math.hypot(ring.x(i), ring.y(i)), 0.1);
            sumX[ring.label(i)] += ring.x(i);
            n[ring.label(i)]++;
        }
        assertEquals(2.0, sumX[0] / n[0], 0.01, "mode 0 is at (2, 0)");
    }

    @Test
    void splitKeepsEveryPointOnceAndTheClassBalance() {
        PointSet moons = PointSets.moons(200, 0.1, 4);
        PointSet.Split split = moons.split(0.25, 11);
        assertEquals(150, split.train().size());
        assertEquals(50, split.validation().size());
        assertArrayEquals(new int[]{25, 25}, split.validation().countsPerClass());
        Set<String> all = new HashSet<>();
        for (PointSet part : List.of(split.train(), split.validation())) {
            for (int i = 0; i < part.size(); i++) {
                assertTrue(all.add(part.x(i) + "," + part.y(i)), "a point appears twice");
            }
        }
        assertEquals(split, moons.split(0.25, 11));
        assertNotEquals(split.validation(), moons.split(0.25, 12).validation());
    }

    @Test
    void iteratorGivesFeaturesBesideTheirOneHotLabelsAndReshufflesEachEpoch() {
        PointSet spirals = PointSets.spirals(100, 0.05, 2);
        PointSetIterator iterator = new PointSetIterator(spirals, 32, true, 5);
        assertEquals(3, iterator.batchesPerEpoch());
        DataSet batch = iterator.next();
        assertArrayEquals(new long[]{32, 2}, batch.getFeatures().shape());
        assertArrayEquals(new long[]{32, 2}, batch.getLabels().shape());
        float[][] x = batch.getFeatures().toFloatMatrix();
        float[][] y = batch.getLabels().toFloatMatrix();
        for (int b = 0; b < 32; b++) {
            int index = indexOf(spirals, x[b]);
            assertEquals(1f, y[b][spirals.label(index)], "point " + index + " carries its own label");
            assertEquals(1f, y[b][0] + y[b][1]);
        }
        int batches = 1;
        while (iterator.hasNext()) {
            iterator.next();
            batches++;
        }
        assertEquals(3, batches);
        iterator.reset();
        float[][] secondEpoch = iterator.next().getFeatures().toFloatMatrix();
        assertFalse(Arrays.deepEquals(x, secondEpoch), "a new epoch has a new order");
        assertArrayEquals(x[0], new PointSetIterator(spirals, 32, true, 5).next().getFeatures().toFloatMatrix()[0]);
    }

    @Test
    void gridCoversTheBoxRowByRowFromTheBottom() {
        INDArray grid = PointSets.grid(-1, 1, 0, 2, 3);
        assertArrayEquals(new long[]{9, 2}, grid.shape());
        float[][] rows = grid.toFloatMatrix();
        assertArrayEquals(new float[]{-1, 0}, rows[0]);
        assertArrayEquals(new float[]{0, 0}, rows[1]);
        assertArrayEquals(new float[]{-1, 1}, rows[3]);
        assertArrayEquals(new float[]{1, 2}, rows[8]);
    }

    @Test
    void clickedPointsAreRefusedWithAReason() throws Exception {
        double[] x = new double[10];
        double[] y = new double[10];
        int[] twoClasses = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
        for (int i = 0; i < 10; i++) {
            x[i] = i;
            y[i] = -i;
        }
        assertEquals(10, PointSets.fromPoints(x, y, twoClasses, 2, 2).size());

        LessonException tooFew = assertThrows(LessonException.class, () -> PointSets.fromPoints(
                new double[]{1, 2}, new double[]{1, 2}, new int[]{0, 1}, 2, 2));
        assertTrue(tooFew.getMessage().contains("at least 10 points; there are 2"), tooFew.getMessage());

        double[] badX = x.clone();
        badX[4] = Double.NaN;
        LessonException notFinite = assertThrows(LessonException.class, () -> PointSets.fromPoints(badX, y, twoClasses, 2, 2));
        assertTrue(notFinite.getMessage().contains("Point 5"), notFinite.getMessage());

        int[] oneClass = new int[10];
        LessonException single = assertThrows(LessonException.class, () -> PointSets.fromPoints(x, y, oneClass, 2, 2));
        assertTrue(single.getMessage().contains("all points have the same class"), single.getMessage());
        assertEquals(10, PointSets.fromPoints(x, y, oneClass, 1, 1).size(), "a generator needs one class only");
    }

    private static int indexOf(PointSet points, float[] xy) {
        for (int i = 0; i < points.size(); i++) {
            if ((float) points.x(i) == xy[0] && (float) points.y(i) == xy[1]) {
                return i;
            }
        }
        throw new AssertionError("batch point not in the set");
    }
}
