package dev.workbench.lessons.memory;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** One recurrent layer read at its last step, then a softmax over the symbols to recall. */
public final class RecallNetworks {
    private RecallNetworks() {
    }

    public static MultiLayerNetwork recaller(LongMemorySettings settings, RecallTask task) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .dataType(DataType.FLOAT)
                .updater(settings.optimizer().updater(settings.epochs(), settings.stepsPerEpoch()))
                .weightInit(WeightInit.XAVIER)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list()
                .layer(new LastTimeStep(settings.cell().layer(settings.hidden(), "recurrent", settings.forgetBias())))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).name("output").nOut(RecallTask.SYMBOLS)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.recurrent(RecallTask.FEATURES, task.length()))
                .build());
        net.init();
        return net;
    }
}
