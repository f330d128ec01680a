package dev.workbench.lessons.data;

import java.util.List;

/**
 * A set of small grayscale images with class labels, kept as unsigned bytes (compact) and turned
 * into float mini-batches on demand.
 */
public record LabeledImages(int rows, int cols, byte[] pixels, byte[] labels, List<String> classNames) implements LabeledExamples {
    public LabeledImages {
        classNames = List.copyOf(classNames);
        if (pixels.length != labels.length * rows * cols) {
            throw new IllegalArgumentException(labels.length + " labels but " + pixels.length / Math.max(1, rows * cols) + " images");
        }
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int featureCount() {
        return imageSize();
    }

    /** The same as {@link #image(int)}. */
    @Override
    public float[] features(int index) {
        return image(index);
    }

    public int imageSize() {
        return rows * cols;
    }

    @Override
    public int label(int index) {
        return Byte.toUnsignedInt(labels[index]);
    }

    /** Pixel values of one image scaled to [0, 1]. */
    public float[] image(int index) {
        float[] out = new float[imageSize()];
        copyImage(index, out, 0);
        return out;
    }

    void copyImage(int index, float[] target, int offset) {
        int base = index * imageSize();
        for (int p = 0; p < imageSize(); p++) {
            target[offset + p] = Byte.toUnsignedInt(pixels[base + p]) / 255f;
        }
    }

    /** The images at the given positions, in that order. */
    @Override
    public LabeledImages select(int[] indices) {
        byte[] newPixels = new byte[indices.length * imageSize()];
        byte[] newLabels = new byte[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(pixels, indices[i] * imageSize(), newPixels, i * imageSize(), imageSize());
            newLabels[i] = labels[indices[i]];
        }
        return new LabeledImages(rows, cols, newPixels, newLabels, classNames);
    }

    public int[] countsPerClass() {
        int[] counts = new int[classNames.size()];
        for (byte label : labels) {
            counts[Byte.toUnsignedInt(label)]++;
        }
        return counts;
    }
}
