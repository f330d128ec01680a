package dev.workbench.lessons.kit;

import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.ImageBatchIterator;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonCategory;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.engine.Settings;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test-only classifier session around a small ComputationGraph on 1,000 shipped Fashion-MNIST
 * images: conv1 (8 filters, 5x5) and pooling, then two dense branches added together ("add")
 * before the softmax. Everything but the network comes from {@link ClassifierCore}.
 */
final class GraphClassifier implements LessonSession {
    static final Lesson LESSON = new Lesson() {
        @Override
        public LessonInfo info() {
            return new LessonInfo("graph-test", "Graph test", "A test-only graph classifier.", LessonCategory.VISION, "");
        }

        @Override
        public List<HyperParameter> parameters() {
            return List.of();
        }

        @Override
        public LessonSession prepare(Settings settings) {
            throw new UnsupportedOperationException("test only");
        }
    };
    private static final int BATCH = 50;

    private final ClassifierCore core;
    private final INDArray probe;

    private GraphClassifier(ClassifierCore core, INDArray probe) {
        this.core = core;
        this.probe = probe;
    }

    static GraphClassifier prepare(long seed) throws Exception {
        FashionMnist.Splits data = FashionMnist.shipped().withTrainingImages(1000);
        ImageBatchIterator batches = new ImageBatchIterator(data.train(), BATCH, true, seed);
        Settings settings = new Settings(LESSON.id(), Map.of(), seed);
        ClassifierCore core = new ClassifierCore(LESSON, settings, Dl4jModel.of(graph(seed)),
                new ClassifierCore.Batches(batches, batches.batchesPerEpoch(), BATCH), data,
                ClassifierCore.sample(data.train(), 500, seed));
        INDArray probe = new ImageBatchIterator(data.test().select(new int[]{0, 1, 2, 3, 4, 5, 6, 7}), 8, false, 0)
                .next(8).getFeatures();
        return new GraphClassifier(core, probe);
    }

    static ComputationGraph graph(long seed) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(2e-3))
                .weightInit(Activations.weightInitFor(Activation.RELU))
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .graphBuilder()
                .addInputs("image")
                .addLayer("conv1", new ConvolutionLayer.Builder(5, 5).nOut(8).activation(Activation.RELU).build(), "image")
                .addLayer("pool1", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build(), "conv1")
                .addLayer("dense-a", new DenseLayer.Builder().nOut(32).activation(Activation.RELU).build(), "pool1")
                .addLayer("dense-b", new DenseLayer.Builder().nOut(32).activation(Activation.TANH).build(), "pool1")
                .addVertex("add", new ElementWiseVertex(ElementWiseVertex.Op.Add), "dense-a", "dense-b")
                .addLayer("output", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).build(), "add")
                .setOutputs("output")
                .setInputTypes(InputType.convolutional(28, 28, 1))
                .build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }

    ClassifierCore core() {
        return core;
    }

    /** Eight fixed test images. */
    INDArray probe() {
        return probe;
    }

    @Override
    public Settings settings() {
        return core.settings();
    }

    @Override
    public int epochs() {
        return 2;
    }

    @Override
    public int iterationsPerEpoch() {
        return core.iterationsPerEpoch();
    }

    @Override
    public int samplesPerIteration() {
        return core.samplesPerIteration();
    }

    @Override
    public void startEpoch(int epoch) {
        core.startEpoch();
    }

    @Override
    public double trainIteration() {
        return core.trainIteration();
    }

    @Override
    public Optional<ParameterSnapshot> snapshot() {
        return core.snapshot();
    }

    @Override
    public EpochEvaluation evaluate() {
        return core.evaluate();
    }

    @Override
    public String divergenceHint() {
        return "learning rate 0.002 with adam";
    }

    @Override
    public void saveCheckpoint(Path file) throws java.io.IOException {
        core.saveCheckpoint(file);
    }

    @Override
    public void close() {
        core.close();
    }
}
