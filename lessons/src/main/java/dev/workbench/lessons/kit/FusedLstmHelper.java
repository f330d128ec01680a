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
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Map;

/**
 * Runs a DL4J {@code LSTM} layer's whole sequence in libnd4j's native {@code lstmLayer} op (forward)
 * and {@code lstmLayer_bp} (backward), instead of DL4J's Java loop of a dozen ops per time step.
 * It plugs into the layer's own helper slot (the one DL4J uses for cuDNN), so output masking, stored
 * state, dropout and the parameter layout stay DL4J's. Whatever it does not cover (a mask handed to
 * the cell, which DL4J does only for bidirectional layers; activations other than sigmoid gates with
 * tanh cells) it declines in the forward pass by returning {@code null}, and DL4J's own code runs
 * both passes. Truncated BPTT shorter than the forward segment is refused by {@link FastLstm#install}.
 *
 * <p>DL4J stores the four gate blocks as [cell input g, forget f, output o, input i]; libnd4j wants
 * [i, f, g, o]. The weights are reordered on the way in and the gradients on the way out.
 */
final class FusedLstmHelper extends DefaultLstmHelper {
    /**
     * libnd4j's {@code lstmLayer} data format 0: [time, batch, features]. DL4J's own layout (NCW,
     * format 2) would work too, but then every time step the op slices is strided in memory, and
     * its element-wise gate arithmetic runs several times slower on strided views than on one
     * contiguous block; one transposing copy in and out is far cheaper.
     */
    private static final int TNS = 0;
    private static final int FORWARD = 0;
    private static final int TANH = 0;
    private static final int SIGMOID = 2;
    /** libnd4j gate block k comes from DL4J block {@code FROM_DL4J[k]}: i←3, f←1, g←0, o←2. */
    private static final int[] FROM_DL4J = {3, 1, 0, 2};

    final PassCounter passes = new PassCounter();
    private final boolean truncatedBptt;

    /** @param truncatedBptt whether the network trains with truncated BPTT, which carries the last state between segments */
    FusedLstmHelper(boolean truncatedBptt) {
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
        long batch = input.size(0);
        long time = input.size(2);
        long hidden = recurrentWeights.size(0);
        FusedPass pass = new FusedPass(toLibnd4j(inputWeights, hidden), toLibnd4j(recurrentWeights, hidden),
                toLibnd4j(biases.reshape(1, 4 * hidden), hidden).reshape(4 * hidden));
        pass.timeMajorInput = timeMajor(input);
        pass.prevAct = prevOutputActivations;
        pass.prevMemCell = prevMemCellState;
        if (forBackprop && !truncatedBptt) {
            // DL4J runs the forward pass again before backprop only for its last state, which only
            // truncated BPTT carries over; lstmLayer_bp recomputes the sequence itself.
            return pass;
        }
        boolean fullSequence = !forBackprop;
        INDArray timeMajorOutput = fullSequence ? Nd4j.createUninitialized(input.dataType(), time, batch, hidden) : null;
        INDArray lastOutput = Nd4j.createUninitialized(input.dataType(), batch, hidden);
        INDArray lastCell = Nd4j.createUninitialized(input.dataType(), batch, hidden);
        DynamicCustomOp.DynamicCustomOpsBuilder forward = DynamicCustomOp.builder("lstmLayer")
                .addInputs(pass.timeMajorInput, pass.inputWeights, pass.recurrentWeights, pass.biases, prevOutputActivations,
                        prevMemCellState)
                .addIntegerArguments(TNS, FORWARD, SIGMOID, TANH, TANH)
                .addFloatingPointArguments(0.0)
                // biases, seqLen, initial h, initial c, peepholes, full sequence, last h, last c
                .addBooleanArguments(true, false, true, true, false, fullSequence, true, true);
        Nd4j.exec((fullSequence ? forward.addOutputs(timeMajorOutput, lastOutput, lastCell)
                : forward.addOutputs(lastOutput, lastCell)).build());
        if (fullSequence) {
            pass.fwdPassOutput = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, input.dataType(),
                    new long[] {batch, hidden, time}, 'c').assign(timeMajorOutput.permute(1, 2, 0));
        }
        pass.lastAct = lastOutput;
        pass.lastMemCell = lastCell;
        passes.forward();
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
        if (!(fwdPass instanceof FusedPass pass)) {
            return null;
        }
        long batch = input.size(0);
        long features = input.size(1);
        long time = input.size(2);
        if (truncatedBPTT && tbpttBackwardLength < time) {
            // DL4J's own backprop cannot take over: it needs the per-step arrays this forward pass skipped.
            throw new IllegalStateException("the fused LSTM backpropagates through whole segments only; truncated BPTT "
                    + "needs tbpttBackLength >= tbpttFwdLength (got " + tbpttBackwardLength + " < " + time + ")");
        }
        long hidden = recurrentWeights.size(0);
        INDArray timeMajorInputGradient = Nd4j.createUninitialized(input.dataType(), time, batch, features);
        INDArray inputWeightGradient = Nd4j.createUninitialized(input.dataType(), features, 4 * hidden);
        INDArray recurrentWeightGradient = Nd4j.createUninitialized(input.dataType(), hidden, 4 * hidden);
        INDArray biasGradient = Nd4j.createUninitialized(input.dataType(), 4 * hidden);
        INDArray initialOutputGradient = Nd4j.createUninitialized(input.dataType(), batch, hidden);
        INDArray initialCellGradient = Nd4j.createUninitialized(input.dataType(), batch, hidden);
        Nd4j.exec(DynamicCustomOp.builder("lstmLayer_bp")
                .addInputs(pass.timeMajorInput, pass.inputWeights, pass.recurrentWeights, pass.biases, pass.prevAct,
                        pass.prevMemCell, timeMajor(epsilon))
                .addOutputs(timeMajorInputGradient, inputWeightGradient, recurrentWeightGradient, biasGradient,
                        initialOutputGradient, initialCellGradient)
                .addIntegerArguments(TNS, FORWARD, SIGMOID, TANH, TANH)
                .addFloatingPointArguments(0.0)
                .addBooleanArguments(true, false, true, true, false, true, false, false)
                .build());
        INDArray inputGradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, input.dataType(),
                new long[] {batch, features, time}, 'c').assign(timeMajorInputGradient.permute(1, 2, 0));
        INDArray inputWeightView = gradientViews.get(inputWeightKey);
        INDArray recurrentWeightView = gradientViews.get(recurrentWeightKey);
        INDArray biasView = gradientViews.get(biasWeightKey);
        toDl4j(inputWeightGradient, inputWeightView, hidden);
        toDl4j(recurrentWeightGradient, recurrentWeightView, hidden);
        toDl4j(biasGradient.reshape(1, 4 * hidden), biasView, hidden);
        Gradient gradient = new DefaultGradient();
        gradient.gradientForVariable().put(inputWeightKey, inputWeightView);
        gradient.gradientForVariable().put(recurrentWeightKey, recurrentWeightView);
        gradient.gradientForVariable().put(biasWeightKey, biasView);
        passes.backward();
        return new Pair<>(gradient, inputGradient);
    }

    /**
     * The forward pass's results plus the weights already in libnd4j's gate order: the backward
     * pass gets no biases from DL4J, and this saves reordering the weights twice.
     */
    private static final class FusedPass extends FwdPassReturn {
        final INDArray inputWeights;
        final INDArray recurrentWeights;
        final INDArray biases;
        INDArray timeMajorInput;

        FusedPass(INDArray inputWeights, INDArray recurrentWeights, INDArray biases) {
            this.inputWeights = inputWeights;
            this.recurrentWeights = recurrentWeights;
            this.biases = biases;
        }
    }

    /** [batch, features, time] copied to a contiguous [time, batch, features]. */
    private static INDArray timeMajor(INDArray batchFeaturesTime) {
        return batchFeaturesTime.permute(2, 0, 1).dup('c');
    }

    /** DL4J's [g, f, o, i] column blocks (of the first 4 * hidden columns) as libnd4j's [i, f, g, o]. */
    private static INDArray toLibnd4j(INDArray dl4j, long hidden) {
        INDArray lib = Nd4j.createUninitialized(dl4j.dataType(), dl4j.size(0), 4 * hidden);
        for (int k = 0; k < 4; k++) {
            lib.get(NDArrayIndex.all(), block(k, hidden)).assign(dl4j.get(NDArrayIndex.all(), block(FROM_DL4J[k], hidden)));
        }
        return lib;
    }

    private static void toDl4j(INDArray lib, INDArray dl4jView, long hidden) {
        for (int k = 0; k < 4; k++) {
            dl4jView.get(NDArrayIndex.all(), block(FROM_DL4J[k], hidden)).assign(lib.get(NDArrayIndex.all(), block(k, hidden)));
        }
    }

    private static org.nd4j.linalg.indexing.INDArrayIndex block(int k, long hidden) {
        return NDArrayIndex.interval(k * hidden, (k + 1) * hidden);
    }
}
