package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.race.RaceResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RaceResultsTableTest {

    @Test
    void aLessonDeclaredMetricGetsItsOwnColumn() {
        Metrics metrics = Metrics.lossOnly(0.05).plus(MetricSpec.perEpoch("reconstruction-error",
                "Reconstruction error", "", "error", MetricSpec.Goal.LOWER_IS_BETTER));
        RaceResult dense = new RaceResult("dense autoencoder", 120, metrics,
                Map.of("train-loss", 0.031, "validation-loss", 0.035, "reconstruction-error", 0.0421), 3.5,
                OptionalLong.of(40), OptionalDouble.of(1.2), false, null);
        RaceResult conv = new RaceResult("a convolutional autoencoder with a long name", 120, metrics,
                Map.of("train-loss", 0.021, "validation-loss", 0.024, "reconstruction-error", 0.0287), 5.0,
                OptionalLong.empty(), OptionalDouble.empty(), false, null);
        String table = RaceResultsTable.render(List.of(dense, conv), 0.05, 8.5);
        List<String> lines = table.lines().filter(line -> !line.isBlank()).toList();
        assertTrue(lines.get(0).contains("reconstruction error"), table);
        assertTrue(lines.get(1).contains("0.0421") && lines.get(2).contains("0.0287"), table);
        assertFalse(table.contains("accuracy"), "a lesson without accuracy shows none: " + table);
        int diverged = lines.get(0).indexOf("diverged");
        assertTrue(lines.get(1).lastIndexOf("no") == diverged && lines.get(2).lastIndexOf("no") == diverged,
                "a long lane label keeps the columns aligned: " + table);
        assertTrue(lines.get(1).indexOf("never") < 0 && lines.get(2).contains("never"), table);
    }

    @Test
    void everyValueEndsUnderItsHeadingWhateverTheLabelAndTargetLength() {
        Metrics metrics = Metrics.lossOnly(0.05);
        String longLabel = "Adam (lr 0.001, beta1=0.8 beta2=0.99 epsilon=0.0000001) with a long name #2";
        RaceResult adam = new RaceResult(longLabel, 120, metrics, Map.of("train-loss", 0.031, "validation-loss", 0.035),
                123.4, OptionalLong.of(123456789), OptionalDouble.of(1234.5), false, null);
        RaceResult sgd = new RaceResult("SGD (lr 0.05)", 120, metrics, Map.of("train-loss", 0.5, "validation-loss", 0.6),
                3.5, OptionalLong.empty(), OptionalDouble.empty(), true, null);
        String table = RaceResultsTable.render(List.of(adam, sgd), 1.23e-5, 8.5);
        List<String> lines = table.lines().filter(line -> !line.isBlank()).toList();
        String header = lines.get(0);
        for (String heading : List.of("time (s)", "iters to 1.23e-05", "secs to 1.23e-05")) {
            assertTrue(header.contains(heading), table);
        }
        int timeEnd = header.indexOf("time (s)") + "time (s)".length();
        int itersEnd = header.indexOf("iters to 1.23e-05") + "iters to 1.23e-05".length();
        assertEquals(timeEnd, lines.get(1).indexOf("123.4") + "123.4".length(), table);
        assertEquals(timeEnd, lines.get(2).indexOf(" 3.5 ") + " 3.5".length(), table);
        assertEquals(itersEnd, lines.get(1).indexOf("123456789") + "123456789".length(), table);
        int diverged = header.indexOf("diverged");
        assertEquals(diverged, lines.get(1).lastIndexOf("no"), table);
        assertEquals(diverged, lines.get(2).lastIndexOf("yes"), table);
    }
}
