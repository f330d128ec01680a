package dev.workbench.app.augment;

import dev.workbench.lessons.augment.AugImage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ImageScalingTest {

    @Test
    void largeImagesShrinkToFitKeepingTheirShapeAndAverageColour() {
        float[] pixels = new float[3 * 256 * 170];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i < 256 * 170 ? 1f : (i / 7 % 2) * 0.5f; // red plane full, others striped
        }
        AugImage photo = AugImage.of(256, 170, 3, pixels);
        AugImage small = ImageScaling.fitWithin(photo, 128);
        assertEquals(128, small.width());
        assertEquals(85, small.height());
        assertEquals(3, small.channels());
        assertEquals(1f, small.get(0, 64, 40), 1e-6);
        assertEquals(0.25f, mean(small, 1), 0.02f);
    }

    @Test
    void smallImagesAreLeftAlone() {
        AugImage fashion = AugImage.filled(28, 28, 1, 0.5f);
        assertSame(fashion, ImageScaling.fitWithin(fashion, 128));
    }

    private static float mean(AugImage image, int channel) {
        float sum = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                sum += image.get(channel, x, y);
            }
        }
        return sum / (image.width() * image.height());
    }
}
