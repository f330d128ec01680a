package dev.workbench.lessons.cnn;

import dev.workbench.lessons.engine.NativeSetup;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Not a test: the LeNet-5 of the CNN lesson (20/50 filters, dense 500, batch 64, Adam) with its
 * activations laid out NCHW (DL4J's default) and NHWC, alternating in one JVM. Prints wall and
 * training-thread CPU ms per update per round. Arguments: [rounds] [updates per round].
 */
public final class ConvFormatBenchmark {
    private ConvFormatBenchmark() {
    }

    public static void main(String[] args) {
        NativeSetup.applyThreadPolicy();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        MultiLayerNetwork nchw = lenet(CNN2DFormat.NCHW);
        MultiLayerNetwork nhwc = lenet(CNN2DFormat.NHWC);
        INDArray x = Nd4j.rand(DataType.FLOAT, 64, 1, 28, 28);
        INDArray xNhwc = x.permute(0, 2, 3, 1).dup('c');
        INDArray y = Nd4j.zeros(DataType.FLOAT, 64, 10);
        for (int i = 0; i < 64; i++) {
            y.putScalar(i, i % 10, 1f);
        }
        time(nchw, x, y, 5);
        time(nhwc, xNhwc, y, 5);
        for (int round = 1; round <= rounds; round++) {
            double[] a = time(nchw, x, y, iterations);
            double[] b = time(nhwc, xNhwc, y, iterations);
            System.out.printf("round %d: NCHW %.2f ms (%.2f ms CPU), NHWC %.2f ms (%.2f ms CPU), NHWC/NCHW time %.2f (CPU %.2f)%n",
                    round, a[0], a[1], b[0], b[1], b[0] / a[0], b[1] / a[1]);
        }
    }

    private static double[] time(MultiLayerNetwork net, INDArray x, INDArray y, int iterations) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < iterations; i++) {
            net.fit(x, y);
        }
        return new double[] {(System.nanoTime() - start) / 1e6 / iterations,
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / iterations};
    }

    private static MultiLayerNetwork lenet(CNN2DFormat format) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(42)
                .dataType(DataType.FLOAT).updater(new Adam(1e-3)).weightInit(WeightInit.XAVIER).list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(20).activation(Activation.RELU).dataFormat(format).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .dataFormat(format).build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(50).activation(Activation.RELU).dataFormat(format).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .dataFormat(format).build())
                .layer(new DenseLayer.Builder().nOut(500).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(28, 28, 1, format)).build());
        net.init();
        return net;
    }
}
