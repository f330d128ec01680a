package dev.workbench.lessons.kit;

import static dev.workbench.lessons.kit.CloseNumbers.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.engine.NativeSetup;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The first convolution's weight and bias gradients without an input gradient are oneDNN's. */
class FirstConvolutionTest {
    private static final int SIDE = 14;

    @BeforeAll
    static void nd4j() {
        NativeSetup.configure();
    }

    @Test
    void oneChannelLayerMatchesOneDnnAndTrainsTheSame() {
        assertSameAsOneDnn(1, 1, 0);
    }

    @Test
    void severalChannelsAndStridesMatchToo() {
        assertSameAsOneDnn(3, 2, 0);
    }

    @Test
    void paddedConvolutionsStayWithOneDnn() {
        MultiLayerNetwork net = network(1, 1, 1);
        assertTrue(FirstConvolution.install(net));
        DataSet data = data(1);
        INDArray inputGradient = net.calculateGradients(data.getFeatures(), data.getLabels(), null, null).getSecond();
        assertNotNull(inputGradient, "oneDNN's backprop, input gradient included");
        assertEquals(0, FirstConvolution.backwardPasses(net.getLayer(0)));
    }

    private static void assertSameAsOneDnn(int channels, int stride, int padding) {
        MultiLayerNetwork oneDnn = network(channels, stride, padding);
        MultiLayerNetwork fast = network(channels, stride, padding);
        assertTrue(FirstConvolution.install(fast));

        DataSet data = data(channels);
        var expected = oneDnn.calculateGradients(data.getFeatures(), data.getLabels(), null, null);
        var actual = fast.calculateGradients(data.getFeatures(), data.getLabels(), null, null);
        for (String key : new String[] {"0_W", "0_b", "2_W"}) {
            assertClose(expected.getFirst().getGradientFor(key), actual.getFirst().getGradientFor(key), "gradient " + key);
        }
        assertNull(actual.getSecond(), "no gradient for the input");

        for (int i = 0; i < 5; i++) {
            oneDnn.fit(data);
            fast.fit(data);
        }
        assertClose(oneDnn.params(), fast.params(), "five Adam updates");
        assertEquals(6, FirstConvolution.backwardPasses(fast.getLayer(0)));
    }

    /** channels x 14 x 14 images -> 6 ReLU filters of 5x5 -> 2x2 max pooling -> softmax over 3 classes. */
    private static MultiLayerNetwork network(int channels, int stride, int padding) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(3)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5).stride(stride, stride).padding(padding, padding).nOut(6)
                        .activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(SIDE, SIDE, channels))
                .build());
        net.init();
        return net;
    }

    private static DataSet data(int channels) {
        Nd4j.getRandom().setSeed(9);
        INDArray features = Nd4j.rand(DataType.FLOAT, 16, channels, SIDE, SIDE);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 16, 3);
        for (int i = 0; i < 16; i++) {
            labels.putScalar(i, i % 3, 1);
        }
        return new DataSet(features, labels);
    }
}
