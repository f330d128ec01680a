package dev.workbench.lessons.resnet;

import dev.workbench.lessons.data.PointSet;
import dev.workbench.lessons.data.PointSets;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LearningRateControl;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.engine.PlainFit;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.StepResult;
import dev.workbench.lessons.kit.FastDense;
import dev.workbench.lessons.kit.FastPooling;
import dev.workbench.lessons.kit.OwnGradientUpdates;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deep plain or residual ComputationGraph being trained one mini-batch at a time, with the
 * gradient of every weight layer read before the optimizer touches it.
 */
public final class ResNetSession implements LessonSession, LearningRateControl, PlainFit {
    /** Side of the decision-boundary grid. */
    static final int GRID_SIDE = 40;
    /** Empty space around the points in the decision-boundary view, in the points' units. */
    static final double GRID_MARGIN = 0.25;
    /** Probabilities are clipped here before the log, so one sure mistake cannot make the loss infinite. */
    private static final double MIN_PROBABILITY = 1e-7;

    private final ResNetLesson lesson;
    private final Settings settings;
    private final ResNetSettings resnet;
    private final ComputationGraph graph;
    private final List<String> weightLayers;
    private final ResNetData data;
    private final GradientNorms gradients;
    private final INDArray grid;
    private final double[] box;

    ResNetSession(ResNetLesson lesson, Settings settings, ResNetData data, ComputationGraph graph) {
        this.lesson = lesson;
        this.settings = settings;
        this.resnet = ResNetSettings.from(settings);
        this.data = data;
        this.graph = graph;
        FastPooling.install(graph);
        FastDense.install(graph);
        OwnGradientUpdates.install(graph);
        this.weightLayers = ResNetNetworks.weightLayers(graph);
        this.gradients = new GradientNorms(weightLayers);
        graph.setListeners(gradients);
        this.box = data.allPoints().map(ResNetSession::box).orElse(null);
        this.grid = box == null ? null : PointSets.grid(box[0], box[1], box[2], box[3], GRID_SIDE);
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public int epochs() {
        return resnet.trainingEpochs();
    }

    @Override
    public int iterationsPerEpoch() {
        return data.batchesPerEpoch();
    }

    @Override
    public int samplesPerIteration() {
        return data.samplesPerBatch();
    }

    @Override
    public void startEpoch(int epoch) {
        data.batches().reset();
    }

    @Override
    public double trainIteration() {
        if (!data.batches().hasNext()) {
            data.batches().reset();
        }
        graph.fit(data.batches().next());
        return graph.score();
    }

    /** One update, reporting its loss and how much gradient reached the first layer (see {@link GradientNorms}). */
    @Override
    public StepResult trainStep() {
        double loss = trainIteration();
        return StepResult.of(loss, ResNetLesson.GRAD_RATIO, gradients.firstToLastRatio());
    }

    @Override
    public Optional<ProbeRecord> probe(String probeId) {
        return switch (probeId) {
            case ResNetLesson.GRADIENT_NORMS -> gradients.latest()
                    .map(norms -> new ProbeRecord.Bars(weightLayers, norms, "", true));
            case ResNetLesson.GRADIENT_HISTORY -> gradients.latest()
                    .map(norms -> new ProbeRecord.HeatRow(weightLayers, norms, true));
            case ResNetLesson.DECISION_BOUNDARY -> decisionBoundary();
            case ResNetLesson.POINTS_PROBE -> data.validationPoints().map(ResNetSession::points);
            default -> Optional.empty();
        };
    }

    /** P(class 1) on a {@value #GRID_SIDE}x{@value #GRID_SIDE} grid over the points, for the 2-D model. */
    private Optional<ProbeRecord> decisionBoundary() {
        if (grid == null) {
            return Optional.empty();
        }
        INDArray out = graph.outputSingle(false, grid);
        double[] values = out.getColumn(1).toDoubleVector();
        return Optional.of(new ProbeRecord.Grid(GRID_SIDE, GRID_SIDE, box[0], box[1], box[2], box[3], values));
    }

    private static ProbeRecord.Points points(PointSet set) {
        List<String> groups = java.util.stream.IntStream.range(0, set.classes()).mapToObj(c -> "class " + c).toList();
        return new ProbeRecord.Points(set.x(), set.y(), set.label(), groups);
    }

    /** A square box around every point, so the boundary is not stretched: {xMin, xMax, yMin, yMax}. */
    private static double[] box(PointSet set) {
        double[] x = set.x();
        double[] y = set.y();
        double half = GRID_MARGIN;
        for (int i = 0; i < x.length; i++) {
            half = Math.max(half, Math.max(Math.abs(x[i]), Math.abs(y[i])) + GRID_MARGIN);
        }
        return new double[]{-half, half, -half, half};
    }

    @Override
    public Optional<ParameterSnapshot> snapshot() {
        INDArray copy = graph.params().dup();
        return Optional.of(() -> graph.setParams(copy));
    }

    @Override
    public EpochEvaluation evaluate() {
        Score train = score(data.trainEval());
        Score validation = score(data.validationEval());
        return EpochEvaluation.of(Map.of(
                Metrics.TRAIN_ACCURACY.id(), train.accuracy(),
                Metrics.VALIDATION_LOSS.id(), validation.loss(),
                Metrics.VALIDATION_ACCURACY.id(), validation.accuracy()));
    }

    @Override
    public List<Measurement> testMeasurements() {
        return List.of(new Measurement("Test accuracy", score(data.testEval()).accuracy(), "%"));
    }

    /** Cross-entropy and accuracy over some fixed batches. */
    record Score(double loss, double accuracy) {
    }

    Score score(List<DataSet> batches) {
        double loss = 0;
        int correct = 0;
        int count = 0;
        for (DataSet batch : batches) {
            INDArray out = graph.outputSingle(false, batch.getFeatures());
            int classes = (int) out.columns();
            // One bulk copy each: element-wise reads (toFloatMatrix) cost more than the forward pass.
            float[] probabilities = out.dup('c').data().asFloat();
            float[] labels = batch.getLabels().dup('c').data().asFloat();
            int rows = probabilities.length / classes;
            for (int i = 0; i < rows; i++) {
                int truth = argMax(labels, i * classes, classes);
                loss -= Math.log(Math.max(probabilities[i * classes + truth], MIN_PROBABILITY));
                correct += argMax(probabilities, i * classes, classes) == truth ? 1 : 0;
            }
            count += rows;
        }
        return new Score(loss / count, (double) correct / count);
    }

    private static int argMax(float[] values, int from, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            if (values[from + i] > values[from + best]) {
                best = i;
            }
        }
        return best;
    }

    /** The latest per-layer gradient norms (stem first, output last), empty before the first update. */
    Optional<double[]> gradientNorms() {
        return gradients.latest();
    }

    double gradientRatio() {
        return gradients.firstToLastRatio();
    }

    List<String> weightLayers() {
        return weightLayers;
    }

    /** The network as vertices and edges, for the architecture diagram. Runs on the training thread. */
    public NetworkDiagram diagram() {
        return NetworkDiagram.of(graph, weightLayers);
    }

    /** The gradient layers' names, stem first: the rows of the gradient probes. */
    public List<String> gradientLayers() {
        return weightLayers;
    }

    /**
     * The loss on a plane through the current weights (see {@link LandscapeSlice}), over
     * {@value LandscapeSlice#EVALUATION_POINTS} fixed training examples, with the run's seed. Runs on
     * the training thread; the weights are back as they were when it returns or is cancelled.
     */
    public LandscapeSlice landscapeSlice(LandscapeSlice.Progress progress, java.util.function.BooleanSupplier cancelled) {
        return landscapeSlice(LandscapeSlice.SIDE, progress, cancelled);
    }

    LandscapeSlice landscapeSlice(int side, LandscapeSlice.Progress progress, java.util.function.BooleanSupplier cancelled) {
        DataSet evaluation = data.landscapeSet(LandscapeSlice.EVALUATION_POINTS);
        List<DataSet> batches = List.of(evaluation);
        return LandscapeSlice.compute(graph, weightLayers, () -> score(batches).loss(), evaluation.numExamples(),
                networkName(), side, resnet.seed(), progress, cancelled);
    }

    /** "residual, depth 30" or "plain CNN, 2 blocks per stage". */
    public String networkName() {
        return resnet.model() == ResNetSettings.Model.CNN
                ? resnet.variant().cliName() + " CNN, " + resnet.cnnBlocks() + " blocks per stage"
                : resnet.variant().cliName() + ", depth " + resnet.depth();
    }

    /** Whether the network has skip connections. */
    public boolean residual() {
        return resnet.variant().residual();
    }

    ComputationGraph graph() {
        return graph;
    }

    ResNetData data() {
        return data;
    }

    @Override
    public String divergenceHint() {
        return resnet.optimizer().describe() + ", " + resnet.variant().cliName() + " network of depth " + resnet.depth()
                + " with " + resnet.activation() + " and " + resnet.init().cliName() + " init";
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        Checkpoints.save(graph, settings, lesson, file);
    }

    @Override
    public void setLearningRate(double learningRate) {
        graph.setLearningRate(learningRate);
    }

    @Override
    public void fitEpochWithoutEngine() {
        data.batches().reset();
        graph.fit(data.batches());
    }
}
