package dev.workbench.lessons.gan;

import dev.workbench.lessons.data.LabeledImages;
import dev.workbench.lessons.data.PointSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/** Where real samples come from: a pool of 2-D points, or Fashion-MNIST images. Seeded. */
interface RealData {
    /** The next {@code n} real samples, one per row. */
    INDArray batch(int n);

    /** The first {@code n} samples (or all if fewer), as plain rows: a fixed reference set for distances and plots. */
    float[][] reference(int n);

    /** How many distinct real samples there are. */
    int size();

    /** 2-D points drawn with replacement from a pool. */
    static RealData points(PointSet pool, long seed) {
        Random random = new Random(seed);
        return new RealData() {
            @Override
            public INDArray batch(int n) {
                float[] xy = new float[2 * n];
                for (int i = 0; i < n; i++) {
                    int k = random.nextInt(pool.size());
                    xy[2 * i] = (float) pool.x(k);
                    xy[2 * i + 1] = (float) pool.y(k);
                }
                return Nd4j.create(xy, new long[]{n, 2});
            }

            @Override
            public float[][] reference(int n) {
                float[][] rows = new float[Math.min(n, pool.size())][];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = new float[]{(float) pool.x(i), (float) pool.y(i)};
                }
                return rows;
            }

            @Override
            public int size() {
                return pool.size();
            }
        };
    }

    /** Images in a shuffled order, reshuffled after each pass. */
    static RealData images(LabeledImages images, long seed) {
        Random random = new Random(seed);
        int pixels = images.imageSize();
        return new RealData() {
            private int[] order = shuffled();
            private int next;

            private int[] shuffled() {
                int[] o = new int[images.size()];
                for (int i = 0; i < o.length; i++) {
                    o[i] = i;
                }
                for (int i = o.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = o[i];
                    o[i] = o[j];
                    o[j] = t;
                }
                return o;
            }

            @Override
            public INDArray batch(int n) {
                float[] data = new float[n * pixels];
                for (int i = 0; i < n; i++) {
                    if (next == order.length) {
                        order = shuffled();
                        next = 0;
                    }
                    System.arraycopy(images.image(order[next++]), 0, data, i * pixels, pixels);
                }
                return Nd4j.create(data, new long[]{n, pixels});
            }

            @Override
            public float[][] reference(int n) {
                float[][] rows = new float[Math.min(n, images.size())][];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = images.image(i);
                }
                return rows;
            }

            @Override
            public int size() {
                return images.size();
            }
        };
    }
}
