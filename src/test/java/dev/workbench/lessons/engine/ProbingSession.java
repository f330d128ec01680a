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
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A real perceptron on shipped Fashion-MNIST images that uses every extension point: a second
 * per-iteration value (the weight norm), a sub-step that trains the output layer only, a live
 * probe (the norm of each layer's weights), a parameter snapshot, and a validation measure on
 * images whose labels were shuffled: nothing real can be learned there, so it gets worse as the
 * network grows confident, and early stopping has something to stop on.
 */
public final class ProbingSession implements LessonSession {
    public static final String WEIGHT_NORM = "weight-norm";
    public static final String SHUFFLED_LOSS = "shuffled-label-loss";
    public static final String LAYER_NORMS = "layer-norms";
    public static final String OUTPUT_ONLY = "output-only";
    static final int BATCH = 50;

    /** What a lesson built on this session declares. */
    public static final Metrics METRICS = new Metrics(List.of(Metrics.LOSS,
            MetricSpec.perIteration(WEIGHT_NORM, "Weight norm", "weights", MetricSpec.Goal.LOWER_IS_BETTER),
            Metrics.TRAIN_LOSS,
            MetricSpec.perEpoch(SHUFFLED_LOSS, "Shuffled-label loss", "", "loss", MetricSpec.Goal.LOWER_IS_BETTER)),
            Metrics.LOSS.id(), SHUFFLED_LOSS, null);
    public static final List<ProbeSpec> PROBES = List.of(new ProbeSpec(LAYER_NORMS, "Weight norm per layer",
            ProbeRecord.Kind.BARS, 5, 1e6));

    private final Settings settings;
    private final int epochs;
    private final MultiLayerNetwork net;
    private final ImageBatchIterator batches;
    private final DataSet shuffled;

    public ProbingSession(int epochs, double learningRate, long seed) throws Exception {
        this.settings = new Settings("probing", Map.of(), seed);
        this.epochs = epochs;
        LabeledImages train = FashionMnist.shipped().train();
        this.batches = new ImageBatchIterator(train.select(IntStream.range(0, 500).toArray()), BATCH, true, seed);
        DataSet held = new ImageBatchIterator(train.select(IntStream.range(500, 700).toArray()), 200, false, seed).next();
        INDArray labels = held.getLabels().dup();
        int rows = (int) labels.rows();
        java.util.Random random = new java.util.Random(seed);
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            INDArray row = labels.getRow(i).dup();
            labels.putRow(i, labels.getRow(j));
            labels.putRow(j, row);
        }
        this.shuffled = new DataSet(held.getFeatures(), labels);
        this.net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Sgd(learningRate))
                .list()
                .layer(new DenseLayer.Builder().name("hidden").nOut(64).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).name("output").nOut(10)
                        .activation(Activation.SOFTMAX).build())
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
        return trainStep().loss();
    }

    @Override
    public StepResult trainStep() {
        if (!batches.hasNext()) {
            batches.reset();
        }
        net.fit(batches.next());
        return StepResult.of(net.score(), WEIGHT_NORM, net.params().norm2Number().doubleValue());
    }

    @Override
    public List<SubStep> subSteps() {
        return List.of(new SubStep(OUTPUT_ONLY, "Output layer only", "o"));
    }

    /** One update of the output layer: the hidden layer's weights are put back afterwards. */
    @Override
    public StepResult runSubStep(String id) {
        if (!id.equals(OUTPUT_ONLY)) {
            throw new IllegalArgumentException(id);
        }
        INDArray hidden = net.getLayer(0).params().dup();
        StepResult step = trainStep();
        net.getLayer(0).setParams(hidden);
        return step;
    }

    @Override
    public Optional<ProbeRecord> probe(String probeId) {
        if (!probeId.equals(LAYER_NORMS)) {
            return Optional.empty();
        }
        double[] norms = {net.getLayer(0).params().norm2Number().doubleValue(),
                net.getLayer(1).params().norm2Number().doubleValue()};
        return Optional.of(new ProbeRecord.Bars(List.of("hidden", "output"), norms, "", false));
    }

    @Override
    public Optional<ParameterSnapshot> snapshot() {
        INDArray copy = net.params().dup();
        return Optional.of(() -> net.setParams(copy));
    }

    @Override
    public EpochEvaluation evaluate() {
        return EpochEvaluation.of(Map.of(SHUFFLED_LOSS, net.score(shuffled)));
    }

    @Override
    public String divergenceHint() {
        return "learning rate with sgd";
    }

    @Override
    public void saveCheckpoint(Path file) throws java.io.IOException {
        Checkpoints.save(net, "probing", settings.seed(), Map.of(), file);
    }

    MultiLayerNetwork network() {
        return net;
    }
}
