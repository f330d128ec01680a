package dev.workbench.lessons.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LandscapeNoisyBowlTest {
    private final NoisyBowl bowl = new NoisyBowl(0.5, 11);

    @Test
    void valueIsTheTrueBowl() {
        assertEquals(0.5 * (9 + 16), bowl.value(3, -4), 0);
        assertEquals(0, bowl.value(0, 0), 0);
    }

    @Test
    void noiseIsAFunctionOfSeedAndPoint() {
        assertEquals(bowl.gradient(1.25, -0.5), new NoisyBowl(0.5, 11).gradient(1.25, -0.5));
        assertNotEquals(bowl.gradient(1.25, -0.5), new NoisyBowl(0.5, 12).gradient(1.25, -0.5));
        assertNotEquals(bowl.gradient(1.25, -0.5), bowl.gradient(1.25, -0.5000001));
    }

    @Test
    void noiseHasZeroMeanAndTheRequestedSpread() {
        Random points = new Random(3);
        int n = 20_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double x = points.nextDouble() * 4 - 2;
            double y = points.nextDouble() * 4 - 2;
            Vec2 g = bowl.gradient(x, y);
            for (double noise : new double[] {g.x() - x, g.y() - y}) {
                sum += noise;
                sumSquares += noise * noise;
            }
        }
        double mean = sum / (2 * n);
        double std = Math.sqrt(sumSquares / (2 * n) - mean * mean);
        assertEquals(0, mean, 0.02);
        assertEquals(0.5, std, 0.02);
    }

    @Test
    void zeroNoiseGivesTheExactGradient() {
        assertEquals(new Vec2(1.5, -2), new NoisyBowl(0, 1).gradient(1.5, -2));
    }

    @Test
    void rejectsNegativeNoise() {
        assertThrows(IllegalArgumentException.class, () -> new NoisyBowl(-0.1, 1));
    }
}
