package dev.workbench.app.augment;

import dev.workbench.lessons.augment.AugImage;

/** Shrinks images by averaging boxes of pixels, so previews are computed at about the size they are shown. */
public final class ImageScaling {
    private ImageScaling() {
    }

    /**
     * The image scaled down so neither side exceeds {@code maxSide} (keeping its aspect ratio), or the
     * image itself when it is small enough already.
     */
    public static AugImage fitWithin(AugImage image, int maxSide) {
        int w = image.width();
        int h = image.height();
        if (w <= maxSide && h <= maxSide) {
            return image;
        }
        double scale = (double) maxSide / Math.max(w, h);
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        float[] source = image.pixels();
        float[] target = new float[tw * th * image.channels()];
        for (int c = 0; c < image.channels(); c++) {
            int sourcePlane = c * w * h;
            int targetPlane = c * tw * th;
            for (int ty = 0; ty < th; ty++) {
                int y0 = ty * h / th;
                int y1 = Math.max(y0 + 1, (ty + 1) * h / th);
                for (int tx = 0; tx < tw; tx++) {
                    int x0 = tx * w / tw;
                    int x1 = Math.max(x0 + 1, (tx + 1) * w / tw);
                    float sum = 0;
                    for (int y = y0; y < y1; y++) {
                        for (int x = x0; x < x1; x++) {
                            sum += source[sourcePlane + y * w + x];
                        }
                    }
                    target[targetPlane + ty * tw + tx] = Math.min(1f, sum / ((y1 - y0) * (x1 - x0)));
                }
            }
        }
        return AugImage.of(tw, th, image.channels(), target);
    }
}
