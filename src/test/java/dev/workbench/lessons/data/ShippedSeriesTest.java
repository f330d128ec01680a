package dev.workbench.lessons.data;

import dev.workbench.lessons.data.SeriesWindows.LabelLayout;
import dev.workbench.lessons.data.SeriesWindows.Part;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShippedSeriesTest {
    private static Path series(String file) {
        return DatasetLocator.datasetsRoot().resolve("series").resolve(file);
    }

    @Test
    void seattleTemperaturesGiveHourlyWindows() throws Exception {
        Series temps = SeriesCsv.read(series("seattle-temps.csv"), "date", List.of("temp"), MissingValues.REFUSE);
        assertEquals(8759, temps.length());
        assertEquals("2010/01/01 00:00", temps.times().get(0));
        double mean = Arrays.stream(temps.column(0)).average().orElseThrow();
        assertTrue(mean > 45 && mean < 60, "Seattle's yearly mean in °F: " + mean);
        assertBuildsWindows(temps, 48);
    }

    @Test
    void co2HasGapsThatMustBeChosenToBeFilled() throws Exception {
        DatasetException refused = assertThrows(DatasetException.class,
                () -> SeriesCsv.read(series("co2.csv"), List.of("co2"), MissingValues.REFUSE));
        assertTrue(refused.getMessage().contains("missing value (an empty cell) in column 'co2' on line 8"), refused.getMessage());
        Series co2 = SeriesCsv.read(series("co2.csv"), "date", List.of("co2"), MissingValues.INTERPOLATE);
        assertEquals(2284, co2.length());
        assertEquals(59, co2.filledCells());
        assertBuildsWindows(co2, 52);
    }

    @Test
    void sunspotsReadWithQuotedHeader() throws Exception {
        Series sunspots = SeriesCsv.read(series("sunspots.csv"), "YEAR", List.of("SUNACTIVITY"), MissingValues.REFUSE);
        assertEquals(309, sunspots.length());
        assertEquals("1700", sunspots.times().get(0));
        assertEquals(5.0, sunspots.value(0, 0));
        assertBuildsWindows(sunspots, 11);
    }

    private static void assertBuildsWindows(Series series, int length) throws Exception {
        SeriesWindows windows = SeriesWindows.of(series, WindowSpec.of(length, 1), TimeSplit.DEFAULT);
        for (Part part : Part.values()) {
            assertTrue(windows.windowCount(part) > 0, part + " of " + series.name());
        }
        DataSet batch = windows.iterator(Part.TRAIN, 32, LabelLayout.LAST_STEP, 1).next();
        assertArrayEquals(new long[]{32, 1, length}, batch.getFeatures().shape());
        double trainMean = batch.getFeatures().meanNumber().doubleValue();
        assertTrue(Math.abs(trainMean) < 2, "scaled training values sit near 0: " + trainMean);
    }
}
