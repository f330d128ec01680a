package dev.workbench.lessons.race;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RaceChartImageTest {

    @Test
    void axisTicksAreRoundNumbersInStepsOfOneTwoOrFive() {
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0), RaceChartImage.ticks(5.0));
        assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0, 2.5), RaceChartImage.ticks(2.5));
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6), RaceChartImage.ticks(0.6));
        for (double loss : new double[] {5.01, 3.007, 2.4, 0.093, 1234}) {
            double step = RaceChartImage.niceStep(loss / 5);
            double top = Math.ceil(loss / step - 1e-9) * step;
            List<Double> ticks = RaceChartImage.ticks(top);
            assertTrue(ticks.size() >= 3 && ticks.size() <= 7, loss + ": " + ticks);
            for (double tick : ticks) {
                double mantissa = tick / step;
                assertEquals(Math.rint(mantissa), mantissa, 1e-9, "tick " + tick + " is a multiple of the step " + step);
            }
            String first = Double.toString(step / Math.pow(10, Math.floor(Math.log10(step))));
            assertTrue(List.of("1.0", "2.0", "5.0").contains(first), "step " + step + " is 1, 2 or 5 times a power of ten");
        }
    }
}
