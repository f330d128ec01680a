package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.StepResult;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test-only session with two networks and two losses, like a GAN's: "classifier" learns the
 * sign of x0 + x1 and "regressor" learns x2 - x3, on seeded random points. Each step updates
 * both; the step reports the classifier's loss as the loss and the regressor's as "loss-b".
 */
final class TwoNetworkSession implements LessonSession {
    static final String LOSS_B = "loss-b";
    static final Metrics METRICS = Metrics.lossOnly(Double.NaN)
            .plus(MetricSpec.perIteration(LOSS_B, "Regressor loss", Metrics.LOSS_CHART, MetricSpec.Goal.LOWER_IS_BETTER));
    private static final int BATCH = 32;
    private static final int BATCHES = 20;

    private final Settings settings;
    private final Dl4jModel classifier;
    private final Dl4jModel regressor;
    private final List<DataSet> classes;
    private final List<DataSet> values;
    private final INDArray probe;
    private int next;

    TwoNetworkSession(long seed) {
        this.settings = new Settings("two-networks", Map.of(), seed);
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.randn(DataType.FLOAT, BATCH * BATCHES, 4);
        INDArray positive = x.getColumn(0).add(x.getColumn(1)).gt(0).castTo(DataType.FLOAT).reshape(-1, 1);
        INDArray oneHot = Nd4j.hstack(positive.rsub(1), positive);
        INDArray target = x.getColumn(2).sub(x.getColumn(3)).reshape(-1, 1);
        this.classes = new DataSet(x, oneHot).batchBy(BATCH);
        this.values = new DataSet(x, target).batchBy(BATCH);
        this.probe = x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 8), org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
        this.classifier = Dl4jModel.of(net(seed, 2, Activation.SOFTMAX, LossFunctions.LossFunction.MCXENT));
        this.regressor = Dl4jModel.of(net(seed + 1, 1, Activation.IDENTITY, LossFunctions.LossFunction.MSE));
    }

    private static MultiLayerNetwork net(long seed, int outputs, Activation output, LossFunctions.LossFunction loss) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(0.01))
                .list()
                .layer(new DenseLayer.Builder().nIn(4).nOut(16).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(loss).nIn(16).nOut(outputs).activation(output).build())
                .build());
        net.init();
        return net;
    }

    Dl4jModel classifier() {
        return classifier;
    }

    Dl4jModel regressor() {
        return regressor;
    }

    /** A few fixed inputs to compare outputs on. */
    INDArray probe() {
        return probe;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public int epochs() {
        return 4;
    }

    @Override
    public int iterationsPerEpoch() {
        return BATCHES;
    }

    @Override
    public int samplesPerIteration() {
        return BATCH;
    }

    @Override
    public void startEpoch(int epoch) {
        next = 0;
    }

    @Override
    public double trainIteration() {
        return trainStep().loss();
    }

    @Override
    public StepResult trainStep() {
        int i = next++ % BATCHES;
        classifier.fit(classes.get(i));
        regressor.fit(values.get(i));
        return new StepResult(classifier.score(), Map.of(LOSS_B, regressor.score()));
    }

    @Override
    public Optional<ParameterSnapshot> snapshot() {
        ParameterSnapshot a = classifier.snapshot();
        ParameterSnapshot b = regressor.snapshot();
        return Optional.of(() -> {
            a.restore();
            b.restore();
        });
    }

    @Override
    public EpochEvaluation evaluate() {
        return EpochEvaluation.lossOnly(classifier.score());
    }

    @Override
    public String divergenceHint() {
        return "learning rate 0.01 with adam";
    }

    @Override
    public void saveCheckpoint(Path file) throws java.io.IOException {
        Map<String, org.deeplearning4j.nn.api.Model> networks = new LinkedHashMap<>();
        networks.put("classifier", classifier.model());
        networks.put("regressor", regressor.model());
        Checkpoints.save(networks, settings.lessonId(), settings.seed(), Map.of("note", "two nets"), file);
    }
}
