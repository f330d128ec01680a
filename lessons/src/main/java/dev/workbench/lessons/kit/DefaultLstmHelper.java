package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.layers.recurrent.LSTMHelper;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collections;
import java.util.Map;

/**
 * What the fast LSTM helpers share: they cover DL4J's default LSTM (sigmoid gates, a tanh cell,
 * no peepholes) run forwards on an unmasked [batch, features, time] input; for anything else
 * their forward pass returns {@code null} and DL4J's own code runs.
 */
abstract class DefaultLstmHelper implements LSTMHelper {
    @Override
    public boolean checkSupported(IActivation gateActivationFn, IActivation activationFn, boolean hasPeepholeConnections) {
        return gateActivationFn instanceof ActivationSigmoid && activationFn instanceof ActivationTanH
                && !hasPeepholeConnections;
    }

    @Override
    public boolean checkSupported() {
        return true;
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return Collections.emptyMap();
    }

    /** Whether a forward pass with these arguments is one the helpers run. */
    final boolean covers(NeuralNetConfiguration conf, IActivation gateActivationFn, INDArray input, INDArray maskArray,
                         boolean forwards, boolean hasPeepholeConnections) {
        IActivation cellActivation = ((BaseLayer) conf.getLayer()).getActivationFn();
        return maskArray == null && forwards && input.rank() == 3
                && checkSupported(gateActivationFn, cellActivation, hasPeepholeConnections);
    }
}
