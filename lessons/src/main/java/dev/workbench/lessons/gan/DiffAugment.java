package dev.workbench.lessons.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/**
 * Differentiable augmentation for the discriminator (DiffAugment, Zhao et al. 2020): random
 * brightness, translation and cutout applied to every image D sees, real and generated alike, so
 * that D cannot memorise a small training set. Each transform is linear in the pixels, so the
 * generator's gradient passes back through it exactly: brightness adds a constant (gradient
 * unchanged), a shift with zero fill is undone by the opposite shift with zero fill (its
 * transpose), and a cutout mask multiplies the gradient by the same mask.
 *
 * <p>Pixels are not clamped after the brightness change: clamping would cut the gradient where
 * it clips. Images are rows of a {@code [batch, width*height]} matrix, row-major.
 */
final class DiffAugment {
    /** Brightness moves every pixel by the same amount in ±this. */
    static final double BRIGHTNESS = 0.25;
    /** Shifts by up to ±this fraction of the width and height (3 pixels on 28). */
    static final double TRANSLATION = 0.125;
    /** The erased square's side as a fraction of the image side (14 pixels on 28). */
    static final double CUTOUT = 0.5;

    /** Which transforms are on. */
    record Policy(boolean brightness, boolean translation, boolean cutout) {
        static final Policy OFF = new Policy(false, false, false);
        static final Policy ALL = new Policy(true, true, true);

        boolean any() {
            return brightness || translation || cutout;
        }

        /** The setting's value: off, brightness, translation, cutout or all. */
        static Policy fromCliName(String name) {
            return switch (name) {
                case "off" -> OFF;
                case "brightness" -> new Policy(true, false, false);
                case "translation" -> new Policy(false, true, false);
                case "cutout" -> new Policy(false, false, true);
                case "all" -> ALL;
                default -> throw new IllegalArgumentException("unknown augmentation '" + name + "'");
            };
        }
    }

    private final Policy policy;
    private final int width;
    private final int height;
    private final Random random;

    DiffAugment(Policy policy, int width, int height, long seed) {
        this.policy = policy;
        this.width = width;
        this.height = height;
        this.random = new Random(seed);
    }

    boolean active() {
        return policy.any();
    }

    /** Draws fresh random parameters for each image of a batch of {@code batch}. */
    Draw draw(int batch) {
        int maxDx = (int) Math.round(TRANSLATION * width);
        int maxDy = (int) Math.round(TRANSLATION * height);
        int cutW = (int) Math.round(CUTOUT * width);
        int cutH = (int) Math.round(CUTOUT * height);
        double[] brightness = new double[batch];
        int[] dx = new int[batch];
        int[] dy = new int[batch];
        int[] left = new int[batch];
        int[] top = new int[batch];
        for (int i = 0; i < batch; i++) {
            brightness[i] = policy.brightness() ? BRIGHTNESS * (2 * random.nextDouble() - 1) : 0;
            dx[i] = policy.translation() ? random.nextInt(2 * maxDx + 1) - maxDx : 0;
            dy[i] = policy.translation() ? random.nextInt(2 * maxDy + 1) - maxDy : 0;
            left[i] = policy.cutout() ? random.nextInt(width - cutW + 1) : -1;
            top[i] = policy.cutout() ? random.nextInt(height - cutH + 1) : -1;
        }
        return new Draw(brightness, dx, dy, left, top, cutW, cutH);
    }

    /** The parameters drawn for one batch: apply them forwards to images, backwards to gradients. */
    final class Draw {
        private final double[] brightness;
        private final int[] dx;
        private final int[] dy;
        private final int[] left;
        private final int[] top;
        private final int cutW;
        private final int cutH;

        private Draw(double[] brightness, int[] dx, int[] dy, int[] left, int[] top, int cutW, int cutH) {
            this.brightness = brightness;
            this.dx = dx;
            this.dy = dy;
            this.left = left;
            this.top = top;
            this.cutW = cutW;
            this.cutH = cutH;
        }

        /** Brightness, then shift, then cutout, on a copy of {@code images}. */
        INDArray forward(INDArray images) {
            float[][] rows = rows(images);
            for (int i = 0; i < rows.length; i++) {
                float[] image = rows[i];
                for (int p = 0; p < image.length; p++) {
                    image[p] += (float) brightness[i];
                }
                image = shift(image, dx[i], dy[i]);
                erase(image, i);
                rows[i] = image;
            }
            return Nd4j.create(rows);
        }

        /** The transpose of {@link #forward}: mask, then the opposite shift; brightness passes the gradient unchanged. */
        INDArray backward(INDArray gradient) {
            float[][] rows = rows(gradient);
            for (int i = 0; i < rows.length; i++) {
                erase(rows[i], i);
                rows[i] = shift(rows[i], -dx[i], -dy[i]);
            }
            return Nd4j.create(rows);
        }

        private void erase(float[] image, int i) {
            if (left[i] < 0) {
                return;
            }
            for (int y = top[i]; y < top[i] + cutH; y++) {
                java.util.Arrays.fill(image, y * width + left[i], y * width + left[i] + cutW, 0f);
            }
        }
    }

    private float[][] rows(INDArray matrix) {
        if (matrix.rank() != 2 || matrix.columns() != width * height) {
            throw new IllegalArgumentException("expected [batch, " + width * height + "], got "
                    + java.util.Arrays.toString(matrix.shape()));
        }
        return matrix.toFloatMatrix();
    }

    /** Moves content {@code dx} right and {@code dy} down; what is uncovered is 0. */
    private float[] shift(float[] image, int dx, int dy) {
        if (dx == 0 && dy == 0) {
            return image;
        }
        float[] out = new float[image.length];
        int fromX = Math.max(0, -dx);
        int toX = Math.min(width, width - dx);
        for (int y = Math.max(0, dy); y < Math.min(height, height + dy); y++) {
            System.arraycopy(image, (y - dy) * width + fromX, out, y * width + fromX + dx, toX - fromX);
        }
        return out;
    }
}
