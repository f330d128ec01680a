package dev.workbench.app.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExponentialSmootherTest {

    @Test
    void firstValueIsNotPulledTowardsZero() {
        ExponentialSmoother smoother = new ExponentialSmoother(0.9);
        assertEquals(2.3, smoother.add(2.3), 1e-12);
    }

    @Test
    void constantInputGivesConstantOutput() {
        ExponentialSmoother smoother = new ExponentialSmoother(0.9);
        for (int i = 0; i < 50; i++) {
            assertEquals(0.7, smoother.add(0.7), 1e-12);
        }
    }

    @Test
    void stepIsFollowedGeometrically() {
        ExponentialSmoother smoother = new ExponentialSmoother(0.5);
        smoother.add(0);
        // debiased: (0.5*0 + 0.5*1 ... ) exact values of a 0.5 EMA after a step from 0 to 1
        assertEquals(2.0 / 3, smoother.add(1), 1e-12);
    }
}
