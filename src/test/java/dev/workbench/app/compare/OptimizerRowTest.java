package dev.workbench.app.compare;

import dev.workbench.lessons.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizerRowTest {
    @Test
    void optionsTuneTheLanesOptimizer() {
        var config = new OptimizerRow(OptimizerKind.ADAM, "0.002", "beta1=0.5 epsilon=1e-6").config();
        assertEquals(0.002, config.learningRate());
        assertEquals(0.5, config.beta1());
        assertEquals(1e-6, config.epsilon());
        assertEquals(0.95, new OptimizerRow(OptimizerKind.MOMENTUM, "0.01", "momentum=0.95").config().momentum());
    }

    @Test
    void badOptionsAreExplained() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new OptimizerRow(OptimizerKind.ADAM, "0.001", "beta1=2").config());
        assertTrue(error.getMessage().contains("beta1 must be in [0, 1)"), error.getMessage());
    }
}
