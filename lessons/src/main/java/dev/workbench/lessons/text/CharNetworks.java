package dev.workbench.lessons.text;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A character model: one-hot characters in, one or two LSTM layers, and at every time step a
 * softmax over the vocabulary (the next character), trained on cross-entropy.
 */
public final class CharNetworks {
    private CharNetworks() {
    }

    /**
     * @param vocabulary         characters in and out
     * @param iterationsPerEpoch for the learning-rate schedule
     */
    public static MultiLayerNetwork charLstm(TextSettings settings, int vocabulary, int iterationsPerEpoch) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .dataType(DataType.FLOAT)
                .updater(settings.optimizer().updater(settings.epochs(), iterationsPerEpoch))
                .weightInit(WeightInit.XAVIER)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list();
        for (int l = 0; l < settings.layers(); l++) {
            list.layer(new LSTM.Builder().name("lstm-" + (l + 1)).nOut(settings.hidden()).activation(Activation.TANH).build());
        }
        list.layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).name("next-character")
                .nOut(vocabulary).activation(Activation.SOFTMAX).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.setInputType(InputType.recurrent(vocabulary, settings.sequenceLength()))
                .build());
        net.init();
        return net;
    }
}
