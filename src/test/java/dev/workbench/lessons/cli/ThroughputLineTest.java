package dev.workbench.lessons.cli;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThroughputLineTest {

    @Test
    void jsonLineHoldsTheFieldsThePeerScriptReads() {
        String json = new ThroughputLine("cnn", "net.fit", 1534.56, 1601.04, 3, 2, "OPENBLAS", true).json();
        assertEquals("{\"side\": \"dl4j\", \"lesson\": \"cnn\", \"baseline\": \"net.fit\", \"samples_per_s\": 1534.6, "
                + "\"training_run_samples_per_s\": 1601.0, \"rounds\": 3, \"threads\": 2, \"blas\": \"OPENBLAS\", "
                + "\"onednn\": true}", json);
        assertFalse(json.contains("\n"), "one line per result");
    }

    @Test
    void decimalPointDoesNotFollowTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String json = new ThroughputLine("gan", "update loop", 12345.25, 1.5, 1, 1, "OPENBLAS", false).json();
            assertTrue(json.contains("\"samples_per_s\": 12345.2") || json.contains("\"samples_per_s\": 12345.3"), json);
            assertFalse(json.contains("12.345"), json);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnmeasuredSpeedIsNull() {
        String json = new ThroughputLine("sequences", "update loop", 400, Double.NaN, 1, 1, "OPENBLAS", false).json();
        assertTrue(json.contains("\"training_run_samples_per_s\": null"), json);
    }

    @Test
    void textIsEscaped() {
        assertEquals("\"a \\\"b\\\" \\\\ \\u0009\"", ThroughputLine.quoted("a \"b\" \\ \t"));
    }
}
