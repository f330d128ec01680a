package dev.workbench.lessons.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.engine.NativeSetup;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer.PoolingType;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
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

/** Max pooling in Java gives DL4J's (oneDNN's) outputs and gradients, and other poolings stay DL4J's. */
class FastPoolingTest {

    @BeforeAll
    static void nd4j() {
        NativeSetup.configure();
    }

    @Test
    void lenetStylePoolingMatchesOneDnnForwardBackwardAndTraining() {
        assertSameAsDl4j(PoolingType.MAX, 2, 2, ConvolutionMode.Truncate, true);
    }

    @Test
    void overlappingWindowsAddTheirGradients() {
        // 3x3 windows every 2 pixels: a pixel can be the largest of two windows and gets both gradients.
        assertSameAsDl4j(PoolingType.MAX, 3, 2, ConvolutionMode.Truncate, true);
    }

    @Test
    void sameModeThatPadsNothingPoolsInJava() {
        // 12x12 pooled to 6x6: "same" needs no padding (the conv autoencoder's case).
        assertSameAsDl4j(PoolingType.MAX, 2, 2, ConvolutionMode.Same, 14, true);
    }

    @Test
    void otherPoolingsStayWithDl4j() {
        assertSameAsDl4j(PoolingType.AVG, 2, 2, ConvolutionMode.Truncate, false);
        // 11x11 pooled to 6x6 needs a padded row and column.
        assertSameAsDl4j(PoolingType.MAX, 2, 2, ConvolutionMode.Same, false);
    }

    private static void assertSameAsDl4j(PoolingType type, int kernel, int stride, ConvolutionMode mode, boolean java) {
        assertSameAsDl4j(type, kernel, stride, mode, 13, java);
    }

    private static void assertSameAsDl4j(PoolingType type, int kernel, int stride, ConvolutionMode mode, int side,
            boolean java) {
        MultiLayerNetwork dl4j = network(type, kernel, stride, mode, side);
        MultiLayerNetwork fast = network(type, kernel, stride, mode, side);
        assertTrue(dl4j.getLayer(1) instanceof org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer pool
                && pool.getHelper() instanceof MKLDNNSubsamplingHelper, "DL4J's side pools through oneDNN");
        assertEquals(1, FastPooling.install(fast));
        assertTrue(FastPooling.isInstalled(fast.getLayer(1)));
        assertFalse(FastPooling.isInstalled(fast.getLayer(0)));

        DataSet data = data(side);
        assertEquals(dl4j.output(data.getFeatures()), fast.output(data.getFeatures()), "forward");
        dl4j.setInput(data.getFeatures());
        dl4j.setLabels(data.getLabels());
        dl4j.computeGradientAndScore();
        fast.setInput(data.getFeatures());
        fast.setLabels(data.getLabels());
        fast.computeGradientAndScore();
        assertEquals(dl4j.gradient().gradient(), fast.gradient().gradient(), "backward, to the first layer's weights");
        for (int i = 0; i < 5; i++) {
            dl4j.fit(data);
            fast.fit(data);
        }
        assertEquals(dl4j.params(), fast.params(), "five Adam updates");
        long[] passes = FastPooling.passes(fast.getLayer(1));
        if (java) {
            assertTrue(passes[0] >= 7, "forward passes in Java: " + passes[0]);
            assertEquals(6, passes[1], "backward passes in Java");
        } else {
            assertArrayEquals(new long[] {0, 0}, passes, "left to DL4J");
        }
    }

    /** 1 x side x side images -> 6 ReLU filters of 3x3 -> pooling -> softmax over 3 classes. */
    private static MultiLayerNetwork network(PoolingType type, int kernel, int stride, ConvolutionMode mode, int side) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(7)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(6).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(type).kernelSize(kernel, kernel).stride(stride, stride)
                        .convolutionMode(mode).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(side, side, 1))
                .build());
        net.init();
        return net;
    }

    private static DataSet data(int side) {
        Nd4j.getRandom().setSeed(5);
        INDArray features = Nd4j.rand(DataType.FLOAT, 16, 1, side, side);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 16, 3);
        for (int i = 0; i < 16; i++) {
            labels.putScalar(i, i % 3, 1);
        }
        return new DataSet(features, labels);
    }
}
