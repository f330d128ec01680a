package dev.workbench.lessons.optim;

import dev.workbench.lessons.engine.NativeFloats;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;

/**
 * The running state of {@link FastAdam}. ND4J's own {@link AdamUpdater} keeps the state views (and so
 * their layout, their reset and their checkpoints); this class only replaces its arithmetic for float
 * arrays laid out contiguously, which is every array DL4J's updater blocks hand over. Anything else (a
 * double-precision array, a strided view) goes to ND4J's op.
 *
 * <p>The loop copies a few thousand numbers at a time from native memory into small Java arrays, so
 * that each number is read and written once and the arithmetic runs in the CPU's caches.
 */
final class FastAdamUpdater implements GradientUpdater<FastAdam> {
    /** {@code -Dworkbench.nd4j-adam=true} sends every update to ND4J's op: for A/B benchmarks (bench/ab.sh). */
    static final String ND4J_ONLY = "workbench.nd4j-adam";
    // The Java loop reads host memory: on CUDA every update goes to ND4J's op.
    private static final boolean ALWAYS_ND4J = Boolean.getBoolean(ND4J_ONLY) || !Nd4j.getEnvironment().isCPU();
    private static final int CHUNK = 4096;

    private final FastAdam config;
    private final AdamUpdater nd4j;
    private final float[] gradients = new float[CHUNK];
    private final float[] means = new float[CHUNK];
    private final float[] squares = new float[CHUNK];
    private long javaSteps;
    // The native memory behind the last arrays seen: DL4J hands over the same views every update.
    private final INDArray[] bufferOwners = new INDArray[3];
    private final FloatBuffer[] buffers = new FloatBuffer[3];

    FastAdamUpdater(FastAdam config) {
        this.config = Objects.requireNonNull(config, "config");
        this.nd4j = new AdamUpdater(config);
    }

    @Override
    public FastAdam getConfig() {
        return config;
    }

    @Override
    public void setState(Map<String, INDArray> stateMap, boolean initialize) {
        nd4j.setState(stateMap, initialize);
    }

    @Override
    public Map<String, INDArray> getState() {
        return nd4j.getState();
    }

    @Override
    public void setStateViewArray(INDArray viewArray, long[] gradientShape, char gradientOrder, boolean initialize) {
        nd4j.setStateViewArray(viewArray, gradientShape, gradientOrder, initialize);
    }

    /** How many updates the Java loop computed (the rest went to ND4J's op); tests check the lever is on. */
    long javaSteps() {
        return javaSteps;
    }

    /** Turns {@code gradient} into the update in place, as ND4J's {@code adam_updater} op does. */
    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        INDArray m = nd4j.getM();
        INDArray v = nd4j.getV();
        if (m == null || v == null) {
            throw new IllegalStateException("Updater has not been initialized with view state");
        }
        if (ALWAYS_ND4J || !contiguousFloats(gradient, m, v)) {
            nd4j.applyUpdater(gradient, iteration, epoch);
            return;
        }
        float beta1 = (float) config.getBeta1();
        float beta2 = (float) config.getBeta2();
        float epsilon = (float) config.getEpsilon();
        float learningRate = (float) config.getLearningRate(iteration, epoch);
        // libnd4j's order of operations and precisions, down to the mixed float and double in the step size.
        float beta1T = (float) Math.pow(beta1, iteration + 1f);
        float beta2T = (float) Math.pow(beta2, iteration + 1f);
        float stepSize = (float) (learningRate * (float) Math.sqrt((float) (1.0 - beta2T)) / (1.0 - beta1T));
        if (Float.isNaN(stepSize) || Float.isInfinite(stepSize) || stepSize == 0) {
            stepSize = epsilon;
        }
        float keep1 = 1 - beta1;
        float keep2 = 1 - beta2;

        int length = Math.toIntExact(gradient.length());
        FloatBuffer g = floats(0, gradient);
        FloatBuffer mean = floats(1, m);
        FloatBuffer square = floats(2, v);
        for (int start = 0; start < length; start += CHUNK) {
            int n = Math.min(CHUNK, length - start);
            g.get(start, gradients, 0, n);
            mean.get(start, means, 0, n);
            square.get(start, squares, 0, n);
            for (int i = 0; i < n; i++) {
                float grad = gradients[i];
                float mi = beta1 * means[i] + grad * keep1;
                float vi = beta2 * squares[i] + grad * grad * keep2;
                means[i] = mi;
                squares[i] = vi;
                gradients[i] = (mi * stepSize) / ((float) Math.sqrt(vi) + epsilon);
            }
            g.put(start, gradients, 0, n);
            mean.put(start, means, 0, n);
            square.put(start, squares, 0, n);
        }
        javaSteps++;
    }

    private static boolean contiguousFloats(INDArray gradient, INDArray m, INDArray v) {
        for (INDArray array : new INDArray[] {gradient, m, v}) {
            if (!NativeFloats.contiguous(array) || array.length() != gradient.length()
                    || (!array.isVector() && array.ordering() != gradient.ordering())) {
                return false;
            }
        }
        return true;
    }

    private FloatBuffer floats(int slot, INDArray array) {
        if (bufferOwners[slot] != array) {
            buffers[slot] = NativeFloats.of(array);
            bufferOwners[slot] = array;
        }
        return buffers[slot];
    }
}
