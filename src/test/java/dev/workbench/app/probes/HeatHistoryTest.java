package dev.workbench.app.probes;

import dev.workbench.lessons.engine.ProbeRecord.HeatRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeatHistoryTest {
    private static final List<String> LAYERS = List.of("dense-1", "dense-2");

    @Test
    void keepsOnlyTheLatestColumns() {
        HeatHistory history = new HeatHistory(200);
        for (int i = 1; i <= 250; i++) {
            history.append(i * 10L, new HeatRow(LAYERS, new double[]{i, -i}, false));
        }
        assertEquals(200, history.columns());
        assertEquals(510, history.iteration(0), "the 50 oldest columns were dropped");
        assertEquals(51, history.value(0, 0));
        assertEquals(-250, history.value(199, 1));
    }

    @Test
    void coloursSpanOnlyTheColumnsStillShown() {
        HeatHistory history = new HeatHistory(3);
        for (int i = 1; i <= 5; i++) {
            history.append(i, new HeatRow(LAYERS, new double[]{i, i}, false));
        }
        assertEquals(3, history.scale().min());
        assertEquals(5, history.scale().max());
    }

    @Test
    void startsOverWhenTheRowsChange() {
        HeatHistory history = new HeatHistory(10);
        history.append(1, new HeatRow(LAYERS, new double[]{1, 2}, false));
        history.append(2, new HeatRow(List.of("conv-1", "conv-2", "dense"), new double[]{1, 2, 3}, true));
        assertEquals(1, history.columns());
        assertEquals(3, history.rows().size());
        assertEquals(true, history.logScale());
    }
}
