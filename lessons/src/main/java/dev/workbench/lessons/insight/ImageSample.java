package dev.workbench.lessons.insight;

/**
 * A grayscale image as plain floats, row-major; values are usually in [0, 1] but filters and
 * feature maps may have any range, so the view normalises with {@link #min()} and {@link #max()}.
 */
public record ImageSample(int width, int height, float[] pixels, String caption) {
    public ImageSample {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + pixels.length);
        }
        pixels = pixels.clone();
    }

    @Override
    public float[] pixels() {
        return pixels.clone();
    }

    public float pixel(int x, int y) {
        return pixels[y * width + x];
    }

    public float min() {
        float min = Float.POSITIVE_INFINITY;
        for (float p : pixels) {
            min = Math.min(min, p);
        }
        return min;
    }

    public float max() {
        float max = Float.NEGATIVE_INFINITY;
        for (float p : pixels) {
            max = Math.max(max, p);
        }
        return max;
    }
}
