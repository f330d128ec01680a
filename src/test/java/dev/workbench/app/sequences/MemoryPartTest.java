package dev.workbench.app.sequences;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MemoryPartTest {
    @Test
    void reachSaysHowMuchWeakerTheGradientIsAtTheFirstValue() {
        double[] first = {1e-2, 5e-3, 2e-3};
        double[] now = {1e-2, 1e-4, 2e-6};
        assertEquals("At lag 2 (the window's first value) the gradient is 1/5,000 of its size at lag 0 now, "
                + "20 % at initialisation.", MemoryPart.reachText(first, now));
    }

    @Test
    void beforeTheFirstProbeOnlyTheInitialisationIsDescribed() {
        assertEquals("At lag 1 (the window's first value) the gradient is 50 % of its size at lag 0 at initialisation; "
                + "train to see it now.", MemoryPart.reachText(new double[]{2, 1}, null));
    }

    @Test
    void theChartComparesShapesNotSizes() {
        // A trained model's gradients are all far smaller than an untrained one's; the chart divides each
        // curve by its lag-0 value so the two shapes share one axis.
        assertArrayEquals(new double[]{1, 0.5, 0.01}, MemoryHorizonChart.relativeToLagZero(new double[]{2e-6, 1e-6, 2e-8}), 1e-12);
        assertArrayEquals(new double[]{0, 3}, MemoryHorizonChart.relativeToLagZero(new double[]{0, 3}), 0);
    }
}
