package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.NativeSetup;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Not a test: DL4J's LSTM against the same network with {@link FastLstm} installed, once forced
 * onto libnd4j's fused op and once onto the hidden-major loop, alternating rounds in one JVM (the machine is shared, so only the per-round ratios mean much). Run with
 * {@code bench/fused-lstm.sh}; prints one line per round and the medians, in wall-clock and in
 * training-thread CPU milliseconds per update (with one ND4J and one BLAS thread the work runs on
 * that thread, and its CPU time hardly depends on how loaded the machine is).
 *
 * <p>Arguments: {@code forecaster|char [rounds] [iterations per round]}. The forecaster is the
 * sequences lesson's default (1 feature, LSTM 16, T = 24, last step, dense output, MSE, Adam 0.02,
 * batch 32); "char" is a char-LSTM size (one-hot 64 symbols, LSTM 128, T = 64, softmax per step,
 * batch 32). Inputs are random: speed does not depend on the values.
 */
public final class FastLstmBenchmark {
    private FastLstmBenchmark() {
    }

    public static void main(String[] args) {
        NativeSetup.applyThreadPolicy();
        String network = args.length > 0 ? args[0] : "forecaster";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        boolean charLstm = network.equals("char");
        MultiLayerNetwork plain = charLstm ? charLstm() : forecaster();
        MultiLayerNetwork fused = charLstm ? charLstm() : forecaster();
        FastLstm.install(fused, Long.MAX_VALUE);
        MultiLayerNetwork hiddenMajor = charLstm ? charLstm() : forecaster();
        FastLstm.install(hiddenMajor, 0);
        INDArray x = charLstm ? oneHot(32, 64, 64) : Nd4j.rand(DataType.FLOAT, 32, 1, 24);
        INDArray y = charLstm ? oneHot(32, 64, 64) : Nd4j.rand(DataType.FLOAT, 32, 1);
        time(plain, x, y, iterations / 5);
        time(fused, x, y, iterations / 5);
        time(hiddenMajor, x, y, iterations / 5);
        List<double[]> plainTimes = new ArrayList<>();
        List<double[]> fusedTimes = new ArrayList<>();
        List<double[]> hiddenMajorTimes = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double[] p = time(plain, x, y, iterations);
            double[] f = time(fused, x, y, iterations);
            double[] h = time(hiddenMajor, x, y, iterations);
            plainTimes.add(p);
            fusedTimes.add(f);
            hiddenMajorTimes.add(h);
            System.out.printf("%s round %d: DL4J LSTM %.2f ms/iteration (%.2f ms CPU), fused op %.2f ms (%.2f CPU), "
                    + "hidden-major %.2f ms (%.2f CPU)%n", network, round, p[0], p[1], f[0], f[1], h[0], h[1]);
        }
        FastLstm.Passes fusedPasses = FastLstm.passes(fused.getLayer(0));
        FastLstm.Passes hiddenMajorPasses = FastLstm.passes(hiddenMajor.getLayer(0));
        System.out.printf("%s median: DL4J LSTM %.2f ms, %.2f ms CPU; fused op %.2f ms, %.2f ms CPU; hidden-major %.2f ms, "
                + "%.2f ms CPU; backward passes %d fused, %d hidden-major%n", network, median(plainTimes, 0),
                median(plainTimes, 1), median(fusedTimes, 0), median(fusedTimes, 1), median(hiddenMajorTimes, 0),
                median(hiddenMajorTimes, 1), fusedPasses.fusedBackwards(), hiddenMajorPasses.hiddenMajorBackwards());
    }

    /** Wall-clock and this thread's CPU milliseconds per update. */
    private static double[] time(MultiLayerNetwork net, INDArray x, INDArray y, int iterations) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < iterations; i++) {
            net.fit(x, y);
        }
        return new double[] {(System.nanoTime() - start) / 1e6 / iterations,
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / iterations};
    }

    private static double median(List<double[]> times, int column) {
        List<Double> sorted = new ArrayList<>();
        times.forEach(t -> sorted.add(t[column]));
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static INDArray oneHot(int batch, int symbols, int time) {
        INDArray a = Nd4j.zeros(DataType.FLOAT, batch, symbols, time);
        java.util.Random random = new java.util.Random(1);
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < time; t++) {
                a.putScalar(new long[] {b, random.nextInt(symbols), t}, 1f);
            }
        }
        return a;
    }

    private static NeuralNetConfiguration.ListBuilder base(double learningRate) {
        return new NeuralNetConfiguration.Builder().seed(42).dataType(DataType.FLOAT).updater(new Adam(learningRate))
                .weightInit(WeightInit.XAVIER).trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED).list();
    }

    private static MultiLayerNetwork forecaster() {
        MultiLayerNetwork net = new MultiLayerNetwork(base(0.02)
                .layer(new LastTimeStep(new LSTM.Builder().nOut(16).activation(Activation.TANH).build()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(1).activation(Activation.IDENTITY).build())
                .setInputType(InputType.recurrent(1, 24)).build());
        net.init();
        return net;
    }

    private static MultiLayerNetwork charLstm() {
        MultiLayerNetwork net = new MultiLayerNetwork(base(2e-3)
                .layer(new LSTM.Builder().nOut(128).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(64).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.recurrent(64, 64)).build());
        net.init();
        return net;
    }
}
