package dev.workbench.lessons.resnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workbench.lessons.engine.NativeSetup;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The norms are ND4J's norm2 of each layer's weight gradient. */
class GradientNormsTest {
    @BeforeAll
    static void nd4j() {
        NativeSetup.configure();
    }

    @Test
    void eachNormIsTheWeightGradientsL2Norm() {
        ComputationGraph graph = new ComputationGraph(new NeuralNetConfiguration.Builder()
                .seed(4)
                .dataType(DataType.FLOAT)
                .graphBuilder()
                .addInputs("in")
                .addLayer("hidden", new DenseLayer.Builder().nOut(7).activation(Activation.TANH).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2)
                        .activation(Activation.IDENTITY).build(), "hidden")
                .setOutputs("out")
                .setInputTypes(InputType.feedForward(3))
                .build());
        graph.init();
        Nd4j.getRandom().setSeed(1);
        graph.setInputs(Nd4j.randn(DataType.FLOAT, 10, 3));
        graph.setLabels(Nd4j.randn(DataType.FLOAT, 10, 2));
        graph.computeGradientAndScore();

        GradientNorms norms = new GradientNorms(List.of("hidden", "out", "missing"));
        norms.onGradientCalculation(graph);
        double[] measured = norms.latest().orElseThrow();
        for (int i = 0; i < 2; i++) {
            double expected = graph.gradient().getGradientFor(norms.layers().get(i) + "_W").norm2Number().doubleValue();
            assertEquals(expected, measured[i], 1e-5 * expected, norms.layers().get(i));
        }
        assertEquals(Double.NaN, measured[2], "a layer without weights");
    }
}
