package dev.workbench.lessons.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LandscapeGridTest {
    private final Landscape bowl = new IllConditionedBowl();
    private final ViewWindow window = new ViewWindow(-2, 2, -1, 1);

    @Test
    void samplesCellCentresRowMajorWithTheTopRowFirst() {
        LandscapeGrid grid = bowl.sampleGrid(window, 4, 2);
        // Column centres -1.5, -0.5, 0.5, 1.5; row 0 is the top half, centred at y = 0.5.
        assertEquals(-1.5, grid.x(0), 0);
        assertEquals(1.5, grid.x(3), 0);
        assertEquals(0.5, grid.y(0), 0);
        assertEquals(-0.5, grid.y(1), 0);
        double[] values = grid.values();
        assertEquals(8, values.length);
        assertEquals(bowl.value(-1.5, 0.5), values[0], 0);
        assertEquals(bowl.value(0.5, -0.5), values[4 + 2], 0);
        assertEquals(values[6], grid.valueAt(2, 1), 0);
    }

    @Test
    void minAndMaxBoundTheSamples() {
        LandscapeGrid grid = new Rosenbrock().sampleGrid(new Rosenbrock().window(), 40, 30);
        double[] values = grid.values();
        assertEquals(Arrays.stream(values).min().orElseThrow(), grid.min(), 0);
        assertEquals(Arrays.stream(values).max().orElseThrow(), grid.max(), 0);
        assertTrue(grid.min() < grid.max());
    }

    @Test
    void normalizedValuesSpanZeroToOneOnBothScales() {
        LandscapeGrid grid = new Rosenbrock().sampleGrid(new Rosenbrock().window(), 40, 30);
        for (GridScale scale : GridScale.values()) {
            double[] scaled = grid.normalized(scale);
            assertEquals(0, Arrays.stream(scaled).min().orElseThrow(), 0, scale.name());
            assertEquals(1, Arrays.stream(scaled).max().orElseThrow(), 1e-15, scale.name());
        }
    }

    @Test
    void logScaleLiftsTheLowValuesAboveTheLinearScale() {
        LandscapeGrid grid = new Rosenbrock().sampleGrid(new Rosenbrock().window(), 40, 30);
        double[] linear = grid.normalized(GridScale.LINEAR);
        double[] log = grid.normalized(GridScale.LOG);
        double[] values = grid.values();
        for (int i = 0; i < values.length; i++) {
            double expected = Math.log1p(values[i] - grid.min()) / Math.log1p(grid.max() - grid.min());
            assertEquals(expected, log[i], 1e-15);
            assertTrue(log[i] >= linear[i] - 1e-15);
        }
    }

    @Test
    void valuesAreACopy() {
        LandscapeGrid grid = bowl.sampleGrid(window, 3, 3);
        double[] first = grid.values();
        first[0] = Double.NaN;
        assertArrayEquals(bowl.sampleGrid(window, 3, 3).values(), grid.values(), 0);
    }

    @Test
    void rejectsEmptyOrHugeGrids() {
        assertThrows(IllegalArgumentException.class, () -> bowl.sampleGrid(window, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> bowl.sampleGrid(window, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> bowl.sampleGrid(window, 100_000, 100_000));
    }

    @Test
    void windowRejectsEmptyRanges() {
        assertThrows(IllegalArgumentException.class, () -> new ViewWindow(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ViewWindow(0, 1, 2, Double.NaN));
    }
}
