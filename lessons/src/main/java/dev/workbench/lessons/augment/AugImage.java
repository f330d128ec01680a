package dev.workbench.lessons.augment;

import java.util.Arrays;

/**
 * An immutable image of float pixels in [0, 1]: 1 channel (grayscale) or 3 (RGB).
 *
 * <p>Pixels are planar (channel-first): all of channel 0 row by row, then channel 1, then channel 2,
 * so index = {@code (channel * height + y) * width + x}. That is the layout of one example in an
 * NCHW batch, so the iterator can hand a batch's slice to the pipeline without reordering.
 */
public final class AugImage {
    private final int width;
    private final int height;
    private final int channels;
    private final float[] pixels;

    private AugImage(int width, int height, int channels, float[] pixels) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Image size must be positive, got " + width + "x" + height);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("Channels must be 1 (grayscale) or 3 (RGB), got " + channels);
        }
        long expected = (long) width * height * channels;
        if (pixels.length != expected) {
            throw new IllegalArgumentException("A " + width + "x" + height + "x" + channels + " image needs "
                    + expected + " pixel values, got " + pixels.length);
        }
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.pixels = pixels;
    }

    /** Copies planar pixels in; every value must be in [0, 1]. */
    public static AugImage of(int width, int height, int channels, float[] planarPixels) {
        float[] copy = planarPixels.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!(copy[i] >= 0f && copy[i] <= 1f)) {
                throw new IllegalArgumentException("Pixel values must be in [0, 1], got " + copy[i] + " at index " + i);
            }
        }
        return new AugImage(width, height, channels, copy);
    }

    /** An image with every pixel of every channel set to {@code value}. */
    public static AugImage filled(int width, int height, int channels, float value) {
        if (!(value >= 0f && value <= 1f)) {
            throw new IllegalArgumentException("Pixel value must be in [0, 1], got " + value);
        }
        float[] pixels = new float[Math.multiplyExact(Math.multiplyExact(width, height), channels)];
        Arrays.fill(pixels, value);
        return new AugImage(width, height, channels, pixels);
    }

    /** Takes ownership of {@code pixels} without copying or range checks: for transforms that just built it. */
    static AugImage wrap(int width, int height, int channels, float[] pixels) {
        return new AugImage(width, height, channels, pixels);
    }

    /** A fresh, zeroed pixel array of this image's shape, for transforms to fill. */
    float[] newPixels() {
        return new float[pixels.length];
    }

    /** The backing array, not a copy: transforms read it and must never write to it. */
    float[] data() {
        return pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int channels() {
        return channels;
    }

    public boolean isRgb() {
        return channels == 3;
    }

    /** A copy of the planar pixels. */
    public float[] pixels() {
        return pixels.clone();
    }

    public float get(int channel, int x, int y) {
        if (channel < 0 || channel >= channels || x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("(" + channel + ", " + x + ", " + y + ") is outside a "
                    + width + "x" + height + "x" + channels + " image");
        }
        return pixels[(channel * height + y) * width + x];
    }

    /** Opaque ARGB pixels row by row, as JavaFX's {@code PixelWriter.setPixels} and AWT's {@code setRGB} take them. */
    public int[] toArgb() {
        int planeSize = width * height;
        int[] argb = new int[planeSize];
        for (int i = 0; i < planeSize; i++) {
            int r = toByte(pixels[i]);
            int g = channels == 3 ? toByte(pixels[planeSize + i]) : r;
            int b = channels == 3 ? toByte(pixels[2 * planeSize + i]) : r;
            argb[i] = 0xFF000000 | (r << 16) | (g << 8) | b;
        }
        return argb;
    }

    private static int toByte(float value) {
        return Math.round(Math.min(1f, Math.max(0f, value)) * 255f);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AugImage image
                && width == image.width && height == image.height && channels == image.channels
                && Arrays.equals(pixels, image.pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * width + height) + channels) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "AugImage[" + width + "x" + height + "x" + channels + "]";
    }
}
