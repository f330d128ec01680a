package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.recurrent.FwdPassReturn;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * Runs a DL4J {@code LSTM} layer with every per-step array laid out hidden-major, [units, batch],
 * so that each gate, cell and hidden state of a time step is one contiguous block. DL4J's own loop
 * (and libnd4j's fused {@code lstmLayer} op) keep the four gates side by side in [batch, 4 * units]
 * rows, so each gate is a strided view, and libnd4j's element-wise ops run several times slower on
 * strided views than on contiguous blocks: at hidden 128 that was most of an update's time.
 *
 * <p>Gates are stored in the order [i, f, o, g], so the three sigmoid gates are one block. The
 * input and the bias share one matrix product: the input gets a constant row of ones and the
 * weights the bias as an extra column. The forward pass of a training step is kept and reused by
 * the backward pass that follows it (DL4J asks for it again otherwise). The backward pass gathers
 * the per-step gate gradients and computes the weight gradients in one large matrix product each.
 *
 * <p>All working arrays belong to the helper, outside DL4J's workspaces, and are reused while the
 * shapes stay the same. Like DL4J's layers, one helper serves one thread at a time. Cases it does
 * not cover (a mask handed to the cell, which DL4J does only for bidirectional layers; activations
 * other than sigmoid gates and a tanh cell) it declines by returning {@code null}, and DL4J's own
 * code runs both passes.
 */
final class HiddenMajorLstmHelper extends DefaultLstmHelper {
    /** Our gate block k (i, f, o, g) is DL4J's column block {@code FROM_DL4J[k]} of [g, f, o, i]. */
    private static final int[] FROM_DL4J = {3, 1, 2, 0};

    final PassCounter passes = new PassCounter();
    private final boolean truncatedBptt;
    private LstmWorkspace work;
    /** The input of the last training forward pass whose results {@link #work} still holds. */
    private INDArray keptInput;

    /** @param truncatedBptt whether the network trains with truncated BPTT (see {@link #activate}) */
    HiddenMajorLstmHelper(boolean truncatedBptt) {
        this.truncatedBptt = truncatedBptt;
    }

    @Override
    public FwdPassReturn activate(Layer layer, NeuralNetConfiguration conf, IActivation gateActivationFn, INDArray input,
                                  INDArray recurrentWeights, INDArray inputWeights, INDArray biases, boolean training,
                                  INDArray prevOutputActivations, INDArray prevMemCellState, boolean forBackprop,
                                  boolean forwards, String inputWeightKey, INDArray maskArray,
                                  boolean hasPeepholeConnections, LayerWorkspaceMgr workspaceMgr) {
        if (!covers(conf, gateActivationFn, input, maskArray, forwards, hasPeepholeConnections)) {
            return null;
        }
        int batch = (int) input.size(0);
        int features = (int) input.size(1);
        int time = (int) input.size(2);
        int hidden = (int) recurrentWeights.size(0);
        // Before backprop DL4J asks for the training forward pass again, with the same input array and
        // the same initial state (as a fresh copy, so only the input's identity tells the passes apart).
        // Not with truncated BPTT, whose two passes read the carried state from different maps: reusing
        // the pass there trained differently from DL4J (FastLstmTest), so it is recomputed.
        boolean reuse = forBackprop && keptInput == input && !truncatedBptt;
        LstmWorkspace w = work;
        if (!reuse) {
            // A pass of another shape outside training (an evaluation's large batch, say) gets arrays of
            // its own, so the training step's stay allocated for the next update.
            w = LstmWorkspace.fitting(work, batch, features, time, hidden, input.dataType());
            if (training || work == null) {
                work = w;
            }
            loadWeights(w, inputWeights, recurrentWeights, biases, hidden);
            loadInputAndState(w, input, prevOutputActivations, prevMemCellState);
            forward(w);
            passes.forward();
        }
        boolean keep = training && !forBackprop;
        keptInput = keep ? input : null;

        HiddenMajorPass pass = new HiddenMajorPass(passes.forwards());
        if (!forBackprop) {
            pass.fwdPassOutput = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, input.dataType(),
                    new long[] {batch, hidden, time}, 'c').assign(w.outputs.permute(2, 1, 0));
        }
        pass.lastAct = Nd4j.createUninitialized(input.dataType(), batch, hidden).assign(w.h[time - 1].transpose());
        pass.lastMemCell = Nd4j.createUninitialized(input.dataType(), batch, hidden).assign(w.c[time - 1].transpose());
        pass.prevAct = prevOutputActivations;
        pass.prevMemCell = prevMemCellState;
        return pass;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(NeuralNetConfiguration conf, IActivation gateActivationFn, INDArray input,
                                                     INDArray recurrentWeights, INDArray inputWeights, INDArray epsilon,
                                                     boolean truncatedBPTT, int tbpttBackwardLength, FwdPassReturn fwdPass,
                                                     boolean forwards, String inputWeightKey, String recurrentWeightKey,
                                                     String biasWeightKey, Map<String, INDArray> gradientViews,
                                                     INDArray maskArray, boolean hasPeepholeConnections,
                                                     LayerWorkspaceMgr workspaceMgr) {
        if (!(fwdPass instanceof HiddenMajorPass pass)) {
            return null;
        }
        if (pass.forwardNumber != passes.forwards()) {
            throw new IllegalStateException("the LSTM ran another forward pass between this one and its backward pass");
        }
        long time = input.size(2);
        if (truncatedBPTT && tbpttBackwardLength < time) {
            // DL4J's own backprop cannot take over: it needs per-step arrays in its own layout.
            throw new IllegalStateException("the fast LSTM backpropagates through whole segments only; truncated BPTT "
                    + "needs tbpttBackLength >= tbpttFwdLength (got " + tbpttBackwardLength + " < " + time + ")");
        }
        backward(epsilon);
        int hidden = work.hidden;
        INDArray inputWeightView = gradientViews.get(inputWeightKey);
        INDArray recurrentWeightView = gradientViews.get(recurrentWeightKey);
        INDArray biasView = gradientViews.get(biasWeightKey);
        INDArray biasGradient = biasView.rank() == 1 ? biasView : biasView.get(NDArrayIndex.point(0), NDArrayIndex.all());
        for (int k = 0; k < 4; k++) {
            INDArray rows = work.inputWeightGradient.get(block(k, hidden), NDArrayIndex.all());
            inputWeightView.get(NDArrayIndex.all(), block(FROM_DL4J[k], hidden))
                    .assign(rows.get(NDArrayIndex.all(), NDArrayIndex.interval(0, work.features)).transpose());
            biasGradient.get(block(FROM_DL4J[k], hidden))
                    .assign(rows.get(NDArrayIndex.all(), NDArrayIndex.point(work.features)));
            recurrentWeightView.get(NDArrayIndex.all(), block(FROM_DL4J[k], hidden))
                    .assign(work.recurrentWeightGradient.get(block(k, hidden), NDArrayIndex.all()).transpose());
        }
        INDArray inputGradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, input.dataType(),
                new long[] {input.size(0), work.features, time}, 'c').assign(work.inputGradientFeatures.permute(2, 0, 1));
        Gradient gradient = new DefaultGradient();
        gradient.gradientForVariable().put(inputWeightKey, inputWeightView);
        gradient.gradientForVariable().put(recurrentWeightKey, recurrentWeightView);
        gradient.gradientForVariable().put(biasWeightKey, biasView);
        keptInput = null;
        passes.backward();
        return new Pair<>(gradient, inputGradient);
    }

    /** Whether {@code pass} is one of this helper's forward passes. */
    boolean made(FwdPassReturn pass) {
        return pass instanceof HiddenMajorPass;
    }

    /** A forward pass whose per-step arrays are still in {@link #work}: the one numbered {@code forwardNumber}. */
    private static final class HiddenMajorPass extends FwdPassReturn {
        final long forwardNumber;

        HiddenMajorPass(long forwardNumber) {
            this.forwardNumber = forwardNumber;
        }
    }

    /** DL4J's [g, f, o, i] column blocks, transposed into our [i, f, o, g] row blocks; the bias as the last column. */
    private static void loadWeights(LstmWorkspace work, INDArray inputWeights, INDArray recurrentWeights, INDArray biases,
                                    int hidden) {
        INDArray bias = biases.reshape(biases.length());
        for (int k = 0; k < 4; k++) {
            INDArray rows = work.inputWeights.get(block(k, hidden), NDArrayIndex.all());
            rows.get(NDArrayIndex.all(), NDArrayIndex.interval(0, work.features))
                    .assign(inputWeights.get(NDArrayIndex.all(), block(FROM_DL4J[k], hidden)).transpose());
            rows.get(NDArrayIndex.all(), NDArrayIndex.point(work.features)).assign(bias.get(block(FROM_DL4J[k], hidden)));
            work.recurrentWeights.get(block(k, hidden), NDArrayIndex.all())
                    .assign(recurrentWeights.get(NDArrayIndex.all(), block(FROM_DL4J[k], hidden)).transpose());
        }
    }

    private static void loadInputAndState(LstmWorkspace work, INDArray input, INDArray initialOutput, INDArray initialCell) {
        work.inputFeatures.assign(input.permute(2, 1, 0));
        if (initialOutput == null) {
            work.hPrev[0].assign(0);
            work.cPrev[0].assign(0);
        } else {
            work.hPrev[0].assign(initialOutput.transpose());
            work.cPrev[0].assign(initialCell.transpose());
        }
    }

    private static void forward(LstmWorkspace w) {
        for (int t = 0; t < w.time; t++) {
            Nd4j.gemm(w.inputWeights, w.x[t], w.z[t], false, false, 1.0, 0.0);
            Nd4j.gemm(w.recurrentWeights, w.hPrev[t], w.z[t], false, false, 1.0, 1.0);
            Transforms.sigmoid(w.sigmoidGates[t], false);
            Transforms.tanh(w.g[t], false);
            w.f[t].mul(w.cPrev[t], w.c[t]);
            w.i[t].mul(w.g[t], w.scratch);
            w.c[t].addi(w.scratch);
            Nd4j.exec(new Tanh(w.c[t], w.tanhC[t]));
            w.o[t].mul(w.tanhC[t], w.h[t]);
        }
    }

    private void backward(INDArray epsilon) {
        LstmWorkspace w = work;
        w.outputGradient.assign(epsilon.permute(2, 1, 0));
        // Each gate's derivative from its value, (1 - v)(offset + v): s(1 - s) for the sigmoid gates and
        // 1 - g^2 for g. The gate gradients are written step by step below, so they serve as scratch here.
        w.gates.rsub(1.0, w.gateGradients);
        w.gates.add(w.gateOffsets, w.gateDerivatives).muli(w.gateGradients);
        w.tanhCDerivatives.assign(w.tanhCs).muli(w.tanhCs).rsubi(1);
        w.cellGradient.assign(0);
        for (int t = w.time - 1; t >= 0; t--) {
            INDArray dh = w.dh[t];
            if (t < w.time - 1) {
                Nd4j.gemm(w.recurrentWeights, w.dz[t + 1], dh, true, false, 1.0, 1.0);
            }
            dh.mul(w.tanhC[t], w.dO[t]);
            dh.mul(w.o[t], w.scratch);
            w.cellGradient.addi(w.scratch.muli(w.tanhCDerivative[t]));
            w.cellGradient.mul(w.g[t], w.dI[t]);
            w.cellGradient.mul(w.cPrev[t], w.dF[t]);
            w.cellGradient.mul(w.i[t], w.dG[t]);
            w.dz[t].muli(w.gateDerivative[t]);
            w.cellGradient.muli(w.f[t]);
        }
        // One product over all steps each: the gate gradients as [4 * hidden, time * batch].
        w.gateGradientsByUnit.assign(w.gateGradients.permute(1, 0, 2));
        w.inputsByFeature.assign(w.inputs.permute(1, 0, 2));
        w.previousOutputsByUnit.assign(w.previousOutputs.permute(1, 0, 2));
        Nd4j.gemm(w.gateGradientsFlat, w.inputsFlat, w.inputWeightGradient, false, true, 1.0, 0.0);
        Nd4j.gemm(w.gateGradientsFlat, w.previousOutputsFlat, w.recurrentWeightGradient, false, true, 1.0, 0.0);
        Nd4j.gemm(w.inputWeights, w.gateGradientsFlat, w.inputGradientFlat, true, false, 1.0, 0.0);
    }

    private static org.nd4j.linalg.indexing.INDArrayIndex block(int k, long hidden) {
        return NDArrayIndex.interval(k * hidden, (k + 1) * hidden);
    }
}
