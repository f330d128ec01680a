package dev.workbench.lessons.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OptimizerKindTest {

    @Test
    void cliNamesAreTheDocumentedOnesInOrder() {
        assertEquals(List.of("sgd", "momentum", "nesterov", "rmsprop", "adagrad", "adadelta", "adam", "adamax",
                "nadam", "amsgrad"), OptimizerKind.cliNames());
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyKindRoundTripsItsNameAndDocumentsItsRule(OptimizerKind kind) {
        assertEquals(kind, OptimizerKind.fromCliName(kind.cliName().toUpperCase()));
        assertFalse(kind.label().isBlank());
        assertTrue(kind.equations().contains("θ ←"), kind + " shows its parameter update");
        assertTrue(kind.defaultLearningRate() > 0);
        assertEquals(kind != OptimizerKind.ADADELTA, kind.hasLearningRate());
    }

    @Test
    void unknownNameListsTheValidOnes() {
        var error = assertThrows(IllegalArgumentException.class, () -> OptimizerKind.fromCliName("lion"));
        assertTrue(error.getMessage().contains("'lion'"));
        assertTrue(error.getMessage().contains("sgd, momentum, nesterov"), error.getMessage());
    }

    @Test
    void onlyMomentumKindsReadMomentum() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            boolean momentumKind = kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NESTEROV;
            assertEquals(momentumKind, kind.parameters().contains(OptimizerParameter.MOMENTUM), kind.name());
        }
    }
}
