package dev.workbench.lessons.kit;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * The forward pass and backpropagation through time of a tanh recurrent layer,
 * {@code h_t = tanh(x_t W + h_(t-1) RW + b)}, over a batch of whole sequences from a zero state.
 * Each matrix product is one OpenBLAS call: one per time step for the recurrence, one for all
 * steps together otherwise; the element-wise parts are Java loops. DL4J's own layer makes several
 * ND4J calls per step, and at the lessons' sizes each costs more than its arithmetic.
 *
 * <p>Row-major arrays throughout: sequences {@code [T][batch][features]}, W {@code [nIn][H]},
 * RW {@code [H][H]}. Holds native memory until {@link #close}.
 */
final class TanhRnnPasses implements AutoCloseable {
    private final int steps;
    private final int batch;
    private final int inputs;
    private final int units;
    private final float[] bias;
    private final FloatPointer w;
    private final FloatPointer rw;
    private final FloatPointer x;
    private final FloatPointer h;
    private boolean forwardDone;

    /** Copies W {@code [nIn][H]}, RW {@code [H][H]} and the inputs {@code [T][batch][nIn]} to native memory. */
    TanhRnnPasses(int steps, int batch, int inputs, int units, float[] w, float[] rw, float[] bias, float[] x) {
        this.steps = steps;
        this.batch = batch;
        this.inputs = inputs;
        this.units = units;
        this.bias = bias;
        this.w = new FloatPointer(w);
        this.rw = new FloatPointer(rw);
        this.x = new FloatPointer(x);
        this.h = new FloatPointer((long) steps * batch * units);
    }

    /** The activations {@code [T][batch][H]}. */
    float[] forward() {
        int stepSize = batch * units;
        // Every step's input part at once: [T*batch][nIn] x [nIn][H].
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, steps * batch, units, inputs,
                1, x, inputs, w, units, 0, h, units);
        FloatBuffer activations = h.asBuffer();
        float[] step = new float[stepSize];
        for (int t = 0; t < steps; t++) {
            if (t > 0) {
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, batch, units, units,
                        1, at(h, (t - 1) * stepSize), units, rw, units, 1, at(h, t * stepSize), units);
            }
            activations.get(t * stepSize, step);
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < units; j++) {
                    step[b * units + j] = tanh(step[b * units + j] + bias[j]);
                }
            }
            activations.put(t * stepSize, step);
        }
        forwardDone = true;
        float[] all = new float[steps * stepSize];
        activations.get(0, all);
        return all;
    }

    /** What backpropagation through time gives: the parameter gradients and the input gradient. */
    record Gradients(float[] w, float[] rw, float[] bias, float[] input) {
    }

    /** From {@code dLdh} {@code [T][batch][H]}, the loss gradient for every step's activations; after {@link #forward}. */
    Gradients backward(float[] dLdh) {
        if (!forwardDone) {
            throw new IllegalStateException("backward before forward");
        }
        int stepSize = batch * units;
        float[] gb = new float[units];
        float[] gw = new float[inputs * units];
        float[] grw = new float[units * units];
        float[] gx = new float[steps * batch * inputs];
        try (FloatPointer dh = new FloatPointer(dLdh);
                FloatPointer dz = new FloatPointer((long) steps * stepSize);
                FloatPointer gwNative = new FloatPointer(gw.length);
                FloatPointer grwNative = new FloatPointer(grw.length);
                FloatPointer gxNative = new FloatPointer(gx.length)) {
            FloatBuffer dhSteps = dh.asBuffer();
            FloatBuffer dzSteps = dz.asBuffer();
            FloatBuffer activations = h.asBuffer();
            float[] gradient = new float[stepSize];
            float[] activation = new float[stepSize];
            for (int t = steps - 1; t >= 0; t--) {
                if (t < steps - 1) { // what h_t passed on through RW: dz_(t+1) RW^T
                    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, batch, units, units,
                            1, at(dz, (t + 1) * stepSize), units, rw, units, 1, at(dh, t * stepSize), units);
                }
                dhSteps.get(t * stepSize, gradient);
                activations.get(t * stepSize, activation);
                for (int b = 0; b < batch; b++) {
                    for (int j = 0; j < units; j++) {
                        int e = b * units + j;
                        gradient[e] *= 1 - activation[e] * activation[e];
                        gb[j] += gradient[e];
                    }
                }
                dzSteps.put(t * stepSize, gradient);
            }
            cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, inputs, units, steps * batch,
                    1, x, inputs, dz, units, 0, gwNative, units);
            if (steps > 1) { // h_0 .. h_(T-2) against dz_1 .. dz_(T-1)
                cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, units, units, (steps - 1) * batch,
                        1, h, units, at(dz, stepSize), units, 0, grwNative, units);
                grwNative.get(grw);
            }
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, steps * batch, inputs, units,
                    1, dz, units, w, units, 0, gxNative, inputs);
            gwNative.get(gw);
            gxNative.get(gx);
        }
        return new Gradients(gw, grw, gb, gx);
    }

    @Override
    public void close() {
        w.close();
        rw.close();
        x.close();
        h.close();
    }

    private static FloatPointer at(FloatPointer matrix, long offset) {
        return new FloatPointer(matrix).position(matrix.position() + offset);
    }

    // exp is a JIT intrinsic, Math.tanh is not; in double the formula loses nothing near zero.
    static float tanh(float z) {
        if (z > 20) {
            return 1;
        }
        if (z < -20) {
            return -1;
        }
        double e = Math.exp(2.0 * z);
        return (float) ((e - 1) / (e + 1));
    }
}
