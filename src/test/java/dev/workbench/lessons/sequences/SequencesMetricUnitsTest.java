package dev.workbench.lessons.sequences;

import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.Settings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SequencesMetricUnitsTest {
    private static final SequencesLesson LESSON = new SequencesLesson();

    private static Metrics metricsFor(String series) {
        Settings settings = LESSON.validate(Map.of(SequencesLesson.SERIES, series), Settings.DEFAULT_SEED).orElseThrow();
        return LESSON.metrics(settings);
    }

    @Test
    void errorChartsAreInTheChosenSeriesUnit() {
        for (String id : new String[]{SequencesLesson.VALIDATION_MAE, SequencesLesson.PERSISTENCE_MAE,
                SequencesLesson.SEASONAL_MAE, SequencesLesson.AUTOREGRESSION_MAE, SequencesLesson.VALIDATION_RMSE}) {
            assertEquals("°F", metricsFor("seattle").get(id).unit(), id);
            assertEquals("ppm", metricsFor("co2").get(id).unit(), id);
            assertEquals("", metricsFor("sunspots").get(id).unit(), id + ": a sunspot number has no unit");
        }
        MetricSpec loss = metricsFor("co2").get(Metrics.VALIDATION_LOSS.id());
        assertEquals("", loss.unit(), "the loss stays in scaled units");
        assertEquals("°F", LESSON.metrics().get(SequencesLesson.VALIDATION_MAE).unit(), "the default series' unit");
    }
}
