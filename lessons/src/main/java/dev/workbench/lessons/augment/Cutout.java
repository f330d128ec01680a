package dev.workbench.lessons.augment;

import java.util.Arrays;
import java.util.Random;

/**
 * Random erasing: blacks out (0) a rectangle whose sides are {@code strength} of the image's width
 * and height, placed at random wholly inside the image, in every channel.
 */
final class Cutout implements ImageTransform {
    @Override
    public AugImage apply(AugImage image, double strength, Random random) {
        int eraseWidth = (int) Math.round(strength * image.width());
        int eraseHeight = (int) Math.round(strength * image.height());
        if (eraseWidth == 0 || eraseHeight == 0) {
            return image;
        }
        int left = random.nextInt(image.width() - eraseWidth + 1);
        int top = random.nextInt(image.height() - eraseHeight + 1);
        return erase(image, left, top, eraseWidth, eraseHeight);
    }

    static AugImage erase(AugImage image, int left, int top, int eraseWidth, int eraseHeight) {
        int w = image.width();
        int h = image.height();
        if (eraseWidth < 0 || eraseHeight < 0 || left < 0 || top < 0 || left + eraseWidth > w || top + eraseHeight > h) {
            throw new IllegalArgumentException("Rectangle " + eraseWidth + "x" + eraseHeight + " at (" + left + ", "
                    + top + ") does not fit in a " + w + "x" + h + " image");
        }
        float[] out = image.pixels();
        for (int c = 0; c < image.channels(); c++) {
            for (int y = top; y < top + eraseHeight; y++) {
                int start = (c * h + y) * w + left;
                Arrays.fill(out, start, start + eraseWidth, 0f);
            }
        }
        return AugImage.wrap(w, h, image.channels(), out);
    }
}
