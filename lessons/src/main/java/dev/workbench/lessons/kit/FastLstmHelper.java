package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.recurrent.FwdPassReturn;
import org.deeplearning4j.nn.layers.recurrent.LSTMHelper;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

/**
 * The helper {@link FastLstm} installs: each forward pass goes to the faster path for its shape
 * (units x batch), and each backward pass to the path that made its forward pass.
 */
final class FastLstmHelper extends DefaultLstmHelper {
    private final FusedLstmHelper fused;
    private final HiddenMajorLstmHelper hiddenMajor;
    private final long hiddenMajorFrom;

    FastLstmHelper(long hiddenMajorFrom, boolean truncatedBptt) {
        this.hiddenMajorFrom = hiddenMajorFrom;
        this.fused = new FusedLstmHelper(truncatedBptt);
        this.hiddenMajor = new HiddenMajorLstmHelper(truncatedBptt);
    }

    FastLstm.Passes passes() {
        return new FastLstm.Passes(fused.passes.forwards(), fused.passes.backwards(), hiddenMajor.passes.forwards(),
                hiddenMajor.passes.backwards());
    }

    @Override
    public FwdPassReturn activate(Layer layer, NeuralNetConfiguration conf, IActivation gateActivationFn, INDArray input,
                                  INDArray recurrentWeights, INDArray inputWeights, INDArray biases, boolean training,
                                  INDArray prevOutputActivations, INDArray prevMemCellState, boolean forBackprop,
                                  boolean forwards, String inputWeightKey, INDArray maskArray,
                                  boolean hasPeepholeConnections, LayerWorkspaceMgr workspaceMgr) {
        LSTMHelper path = recurrentWeights.size(0) * input.size(0) >= hiddenMajorFrom ? hiddenMajor : fused;
        return path.activate(layer, conf, gateActivationFn, input, recurrentWeights, inputWeights, biases, training,
                prevOutputActivations, prevMemCellState, forBackprop, forwards, inputWeightKey, maskArray,
                hasPeepholeConnections, workspaceMgr);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(NeuralNetConfiguration conf, IActivation gateActivationFn, INDArray input,
                                                     INDArray recurrentWeights, INDArray inputWeights, INDArray epsilon,
                                                     boolean truncatedBPTT, int tbpttBackwardLength, FwdPassReturn fwdPass,
                                                     boolean forwards, String inputWeightKey, String recurrentWeightKey,
                                                     String biasWeightKey, Map<String, INDArray> gradientViews,
                                                     INDArray maskArray, boolean hasPeepholeConnections,
                                                     LayerWorkspaceMgr workspaceMgr) {
        LSTMHelper path = hiddenMajor.made(fwdPass) ? hiddenMajor : fused;
        return path.backpropGradient(conf, gateActivationFn, input, recurrentWeights, inputWeights, epsilon, truncatedBPTT,
                tbpttBackwardLength, fwdPass, forwards, inputWeightKey, recurrentWeightKey, biasWeightKey, gradientViews,
                maskArray, hasPeepholeConnections, workspaceMgr);
    }
}
