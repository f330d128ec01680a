package dev.workbench.lessons.sequences;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A forecaster: one or two recurrent layers over the window, the last one read at its last time
 * step only ({@code LastTimeStep}), then a dense output with identity activation trained on MSE.
 */
public final class SequenceNetworks {
    private SequenceNetworks() {
    }

    /**
     * @param features           input columns per time step
     * @param outputs            values predicted per window
     * @param iterationsPerEpoch for the learning-rate schedule
     */
    public static MultiLayerNetwork forecaster(SequencesSettings settings, int features, int outputs, int iterationsPerEpoch) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .dataType(DataType.FLOAT)
                .updater(settings.optimizer().updater(settings.epochs(), iterationsPerEpoch))
                .weightInit(WeightInit.XAVIER)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list();
        for (int l = 0; l < settings.layers(); l++) {
            Layer recurrent = settings.cell().layer(settings.hidden(), "recurrent-" + (l + 1));
            list.layer(l == settings.layers() - 1 ? new LastTimeStep(recurrent) : recurrent);
        }
        list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).name("output").nOut(outputs)
                .activation(Activation.IDENTITY).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.setInputType(InputType.recurrent(features, settings.window())).build());
        net.init();
        return net;
    }
}
