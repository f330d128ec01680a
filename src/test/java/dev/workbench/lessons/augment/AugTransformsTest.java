package dev.workbench.lessons.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AugTransformsTest {
    private static final double EXACT = 0;

    /** Every value distinct, so a pixel landing in the wrong place cannot go unnoticed. */
    private static AugImage ramp(int width, int height, int channels) {
        float[] pixels = new float[width * height * channels];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i + 1f) / (pixels.length + 1f);
        }
        return AugImage.of(width, height, channels, pixels);
    }

    @Test
    void horizontalFlipMirrorsEveryRowExactly() {
        AugImage image = ramp(5, 3, 3);
        AugImage flipped = Flip.horizontal(image);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 5; x++) {
                    assertEquals(image.get(c, 4 - x, y), flipped.get(c, x, y), EXACT);
                }
            }
        }
    }

    @Test
    void verticalFlipMirrorsEveryColumnExactly() {
        AugImage image = ramp(4, 3, 1);
        AugImage flipped = Flip.vertical(image);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                assertEquals(image.get(0, x, 2 - y), flipped.get(0, x, y), EXACT);
            }
        }
    }

    @Test
    void quarterTurnMovesEveryPixelCounterClockwise() {
        AugImage image = ramp(5, 5, 3);
        AugImage turned = Rotation.rotate(image, 90);
        // Counter-clockwise on screen: the top-right corner becomes the top-left one.
        assertEquals(image.get(0, 4, 0), turned.get(0, 0, 0), EXACT);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 5; x++) {
                    assertEquals(image.get(c, 4 - y, x), turned.get(c, x, y), EXACT);
                }
            }
        }
    }

    @Test
    void rotationKeepsTheCentreAndBlackensCornersFromOutside() {
        AugImage rotated = Rotation.rotate(AugImage.filled(9, 9, 1, 1f), 45);
        assertEquals(1f, rotated.get(0, 4, 4), 1e-6);
        assertEquals(0f, rotated.get(0, 0, 0), EXACT);
        assertEquals(0f, rotated.get(0, 8, 8), EXACT);
    }

    @Test
    void cropOfTheWholeImageChangesNothing() {
        AugImage image = ramp(6, 4, 3);
        assertEquals(image, CropZoom.cropAndResize(image, 0, 0, 6, 4));
    }

    @Test
    void cropZoomsIntoTheRequestedRegion() {
        // Quadrants of 0.1 (top-left), 0.2 (top-right), 0.3 (bottom-left), 0.4 (bottom-right).
        float[] pixels = new float[64];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                pixels[y * 8 + x] = 0.1f * (1 + (x >= 4 ? 1 : 0) + (y >= 4 ? 2 : 0));
            }
        }
        AugImage zoomed = CropZoom.cropAndResize(AugImage.of(8, 8, 1, pixels), 4, 0, 4, 4);
        assertEquals(AugImage.filled(8, 8, 1, 0.2f), zoomed);
    }

    @Test
    void cropRejectsAWindowOutsideTheImage() {
        AugImage image = ramp(4, 4, 1);
        assertThrows(IllegalArgumentException.class, () -> CropZoom.cropAndResize(image, 2, 0, 3, 4));
    }

    @Test
    void randomCropZoomKeepsTheImageSize() {
        AugImage image = ramp(12, 7, 3);
        Random random = new Random(3);
        boolean changedAny = false;
        for (int i = 0; i < 20; i++) {
            AugImage zoomed = new CropZoom().apply(image, 0.5, random);
            assertEquals(12, zoomed.width());
            assertEquals(7, zoomed.height());
            assertEquals(3, zoomed.channels());
            changedAny |= !zoomed.equals(image);
        }
        assertTrue(changedAny, "a strength of 0.5 should zoom at least once in 20 tries");
    }

    @Test
    void translationMovesContentAndLeavesBlackBehind() {
        AugImage image = ramp(5, 4, 1);
        AugImage shifted = Translation.shift(image, 1, 2);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                float expected = x >= 1 && y >= 2 ? image.get(0, x - 1, y - 2) : 0f;
                assertEquals(expected, shifted.get(0, x, y), EXACT);
            }
        }
        assertEquals(AugImage.filled(5, 4, 1, 0f), Translation.shift(image, -5, 0));
    }

    @Test
    void brightnessAddsAndClamps() {
        AugImage image = AugImage.of(2, 1, 1, new float[] {0.5f, 0.9f});
        AugImage brighter = Brightness.adjust(image, 0.25);
        assertEquals(0.75f, brighter.get(0, 0, 0), 1e-6);
        assertEquals(1f, brighter.get(0, 1, 0), EXACT);
    }

    @Test
    void contrastStretchesAroundTheMean() {
        AugImage image = AugImage.of(2, 1, 1, new float[] {0.4f, 0.6f});
        AugImage stretched = Contrast.adjust(image, 2);
        assertEquals(0.3f, stretched.get(0, 0, 0), 1e-6);
        assertEquals(0.7f, stretched.get(0, 1, 0), 1e-6);
    }

    @Test
    void colourJitterTurnsRedToGreenByAThirdOfTheWheel() {
        AugImage red = AugImage.of(1, 1, 3, new float[] {1f, 0f, 0f});
        AugImage turned = ColourJitter.adjust(red, 1.0 / 3, 1);
        assertEquals(0f, turned.get(0, 0, 0), 1e-6);
        assertEquals(1f, turned.get(1, 0, 0), 1e-6);
        assertEquals(0f, turned.get(2, 0, 0), 1e-6);
    }

    @Test
    void colourJitterDesaturatesToGray() {
        AugImage colour = AugImage.of(1, 1, 3, new float[] {0.8f, 0.4f, 0.2f});
        AugImage gray = ColourJitter.adjust(colour, 0, 0);
        assertEquals(0.8f, gray.get(0, 0, 0), 1e-6);
        assertEquals(0.8f, gray.get(1, 0, 0), 1e-6);
        assertEquals(0.8f, gray.get(2, 0, 0), 1e-6);
    }

    @Test
    void colourJitterLeavesGrayscaleImagesAlone() {
        AugImage gray = ramp(4, 4, 1);
        assertSame(gray, new ColourJitter().apply(gray, 0.5, new Random(1)));
    }

    @Test
    void noiseHasTheRequestedStandardDeviation() {
        AugImage noisy = GaussianNoise.add(AugImage.filled(200, 200, 1, 0.5f), 0.05, new Random(11));
        float[] values = noisy.pixels();
        double mean = 0;
        for (float value : values) {
            mean += value;
        }
        mean /= values.length;
        double variance = 0;
        for (float value : values) {
            variance += (value - mean) * (value - mean);
        }
        double std = Math.sqrt(variance / values.length);
        assertEquals(0.5, mean, 0.002);
        assertEquals(0.05, std, 0.002);
    }

    @Test
    void cutoutErasesExactlyTheRectangleInEveryChannel() {
        AugImage erased = Cutout.erase(AugImage.filled(6, 5, 3, 1f), 1, 2, 3, 2);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 6; x++) {
                    boolean inside = x >= 1 && x < 4 && y >= 2 && y < 4;
                    assertEquals(inside ? 0f : 1f, erased.get(c, x, y), EXACT);
                }
            }
        }
    }

    @Test
    void randomCutoutErasesARectangleOfTheRequestedSize() {
        AugImage erased = new Cutout().apply(AugImage.filled(20, 10, 1, 1f), 0.3, new Random(5));
        int zeros = 0;
        for (float value : erased.pixels()) {
            zeros += value == 0f ? 1 : 0;
        }
        assertEquals(6 * 3, zeros);
    }

    @Test
    void argbPacksChannelsAndRepeatsGrayInEachChannel() {
        AugImage rgb = AugImage.of(1, 1, 3, new float[] {1f, 0.5f, 0f});
        assertEquals(0xFFFF8000, rgb.toArgb()[0]);
        AugImage gray = AugImage.of(2, 1, 1, new float[] {0f, 1f});
        assertEquals(0xFF000000, gray.toArgb()[0]);
        assertEquals(0xFFFFFFFF, gray.toArgb()[1]);
    }

    @Test
    void imagesRejectValuesOutsideTheUnitRange() {
        assertThrows(IllegalArgumentException.class, () -> AugImage.of(1, 1, 1, new float[] {1.5f}));
        assertThrows(IllegalArgumentException.class, () -> AugImage.of(1, 1, 1, new float[] {Float.NaN}));
        assertThrows(IllegalArgumentException.class, () -> AugImage.of(2, 1, 3, new float[6 - 1]));
        assertNotEquals(ramp(2, 2, 1), AugImage.filled(2, 2, 1, 0f));
    }
}
