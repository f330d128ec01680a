package dev.workbench.app.landscape;

import dev.workbench.app.charts.HeatColours;
import dev.workbench.lessons.landscape.GridScale;
import dev.workbench.lessons.landscape.Landscapes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatMapRendererTest {

    @Test
    void steepWalledSurfacesGetALogColourScaleAndBowlsALinearOne() {
        assertEquals(GridScale.LOG, HeatMapRenderer.render(Landscapes.byName("rosenbrock"), 80, 80).scale());
        assertEquals(GridScale.LOG, HeatMapRenderer.render(Landscapes.byName("beale"), 80, 80).scale());
        assertEquals(GridScale.LINEAR, HeatMapRenderer.render(Landscapes.byName("bowl"), 80, 40).scale());
    }

    @Test
    void thePictureHasAColourPerSampleAndContoursAtEveryLevel() {
        HeatMapPicture picture = HeatMapRenderer.render(Landscapes.byName("himmelblau"), 64, 48);
        assertEquals(64 * 48, picture.argb().length);
        assertEquals(HeatMapRenderer.CONTOUR_LEVELS - 1, picture.contours().length);
        for (float[] level : picture.contours()) {
            assertTrue(level.length > 0 && level.length % 4 == 0);
        }
        assertTrue(picture.min() >= 0 && picture.max() > 100, picture.min() + " .. " + picture.max());
    }

    @Test
    void theColourScaleRunsFromDarkToLight() {
        int low = HeatColours.argb(0);
        int high = HeatColours.argb(1);
        assertTrue(brightness(low) < 60 && brightness(high) > 200, brightness(low) + " / " + brightness(high));
        assertEquals(low, HeatColours.argb(-3), "clamped below");
        assertEquals(high, HeatColours.argb(Double.POSITIVE_INFINITY), "clamped above");
    }

    private static int brightness(int argb) {
        return (((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF)) / 3;
    }
}
