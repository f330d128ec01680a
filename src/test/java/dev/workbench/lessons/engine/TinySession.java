package dev.workbench.lessons.engine;

import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.ImageBatchIterator;
import dev.workbench.lessons.data.LabeledImages;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.nio.file.Path;
import java.util.Map;

/**
 * A real but small lesson session for engine tests: a 784-32-10 perceptron trained with SGD on
 * 1,000 shipped Fashion-MNIST images, 20 iterations per epoch.
 */
final class TinySession implements LessonSession {
    static final int BATCH = 50;

    private final Settings settings;
    private final int epochs;
    private final double learningRate;
    private final MultiLayerNetwork net;
    private final ImageBatchIterator batches;

    TinySession(int epochs, double learningRate, long seed) throws Exception {
        this.settings = new Settings("tiny", Map.of(), seed);
        this.epochs = epochs;
        this.learningRate = learningRate;
        LabeledImages train = FashionMnist.shipped().train();
        int[] first = java.util.stream.IntStream.range(0, 1000).toArray();
        this.batches = new ImageBatchIterator(train.select(first), BATCH, true, seed);
        this.net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Sgd(learningRate))
                .list()
                .layer(new DenseLayer.Builder().nOut(32).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(28, 28, 1))
                .build());
        net.init();
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public int epochs() {
        return epochs;
    }

    @Override
    public int iterationsPerEpoch() {
        return batches.batchesPerEpoch();
    }

    @Override
    public int samplesPerIteration() {
        return BATCH;
    }

    @Override
    public void startEpoch(int epoch) {
        batches.reset();
    }

    @Override
    public double trainIteration() {
        net.fit(batches.next());
        return net.score();
    }

    @Override
    public EpochEvaluation evaluate() {
        return EpochEvaluation.lossOnly(net.score());
    }

    @Override
    public String divergenceHint() {
        return "learning rate " + Numbers.compact(learningRate) + " with sgd";
    }

    @Override
    public void saveCheckpoint(Path file) throws java.io.IOException {
        Checkpoints.save(net, "tiny", settings.seed(), Map.of(), file);
    }

    MultiLayerNetwork network() {
        return net;
    }
}
