package dev.workbench.lessons.optim;

import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.Validation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizerBlocksTest {
    private static final TrainingOptimizer.Network GENERATOR = new TrainingOptimizer.Network("g", "Generator");
    private static final TrainingOptimizer.Network DISCRIMINATOR = new TrainingOptimizer.Network("d", "Discriminator");

    private static List<HyperParameter> twoBlocks() {
        List<HyperParameter> parameters = new ArrayList<>(TrainingOptimizer.parameters(GENERATOR, "adam", 2e-4, 1));
        parameters.addAll(TrainingOptimizer.parameters(DISCRIMINATOR, "adam", 2e-4, 1));
        return parameters;
    }

    @Test
    void eachNetworkGetsItsOwnPrefixedBlock() {
        List<String> names = twoBlocks().stream().map(HyperParameter::name).toList();
        assertTrue(names.containsAll(List.of("g-optimizer", "g-learning-rate", "g-optimizer-options", "g-lr-schedule",
                "g-warmup", "d-optimizer", "d-learning-rate")), names.toString());
        assertTrue(twoBlocks().stream().anyMatch(p -> p.aliases().contains("g-lr")));
        assertEquals(names.size(), names.stream().distinct().count(), "no name twice");
    }

    @Test
    void eachBlockReadsItsOwnValues() {
        Validation validation = Validation.of("gan", twoBlocks(),
                Map.of("g-optimizer", "adam", "g-learning-rate", "2e-4", "d-optimizer", "sgd", "d-learning-rate", "1e-4"), 1);
        Settings settings = validation.settings().orElseThrow();
        TrainingOptimizer generator = TrainingOptimizer.from(settings, GENERATOR);
        TrainingOptimizer discriminator = TrainingOptimizer.from(settings, DISCRIMINATOR);
        assertEquals(OptimizerKind.ADAM, generator.kind());
        assertEquals(2e-4, generator.learningRate(), 1e-12);
        assertEquals(OptimizerKind.SGD, discriminator.kind());
        assertEquals(1e-4, discriminator.learningRate(), 1e-12);
        assertFalse(Validation.of("gan", twoBlocks(), Map.of("d-learning-rate", "-1"), 1).isValid());
    }
}
