package dev.workbench.lessons.text;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemperatureTest {
    private static final double[] P = {0.5, 0.3, 0.2, 0.0};

    @Test
    void temperatureOneKeepsTheModelsProbabilities() {
        assertArrayEquals(P, Temperature.apply(P, 1.0), 1e-12);
    }

    @Test
    void temperatureDividesTheLogits() {
        // p_i ∝ exp(z_i / T) with z = log p: at T = 0.5 the probabilities are squared and renormalised.
        double[] half = Temperature.apply(P, 0.5);
        double sum = 0.25 + 0.09 + 0.04;
        assertArrayEquals(new double[]{0.25 / sum, 0.09 / sum, 0.04 / sum, 0}, half, 1e-12);
        double[] hot = Temperature.apply(P, 1000);
        assertEquals(1.0 / 3, hot[0], 1e-3, "a very high temperature is uniform over the possible characters");
        assertEquals(0, hot[3], "an impossible character stays impossible");
    }

    @Test
    void aTinyTemperatureDoesNotUnderflow() {
        double[] cold = Temperature.apply(new double[]{1e-30, 2e-30}, 0.01);
        assertEquals(1.0, cold[1], 1e-9);
    }

    @Test
    void drawsFollowTheProbabilitiesAndTheSeed() {
        Random random = new Random(1);
        int[] counts = new int[P.length];
        for (int i = 0; i < 10_000; i++) {
            counts[Temperature.draw(P, random)]++;
        }
        assertEquals(5000, counts[0], 200);
        assertEquals(2000, counts[2], 200);
        assertEquals(0, counts[3]);
        assertEquals(Temperature.draw(P, new Random(9)), Temperature.draw(P, new Random(9)));
    }

    @Test
    void aTemperatureMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Temperature.apply(P, 0));
        assertTrue(Temperature.apply(P, 0.2)[0] > 0.9);
    }
}
