package dev.workbench.lessons.memory;

import dev.workbench.lessons.kit.OwnGradientUpdates;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LearningRateControl;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.insight.CellInterior;
import dev.workbench.lessons.insight.CellRecomputation;
import dev.workbench.lessons.insight.MemoryHorizon;
import dev.workbench.lessons.insight.RecurrentInsight;
import dev.workbench.lessons.kit.Dl4jModel;
import dev.workbench.lessons.kit.FastLstm;
import dev.workbench.lessons.kit.FastSimpleRnn;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A recurrent network learning to recall the first symbol. Every update sees a fresh batch from a
 * seeded generator (so there is nothing to overfit); validation and test sets are fixed and drawn
 * from their own seeds.
 */
public final class LongMemorySession implements RecurrentInsight, LearningRateControl {
    static final int VALIDATION_SIZE = 512;
    static final int TEST_SIZE = 1024;
    static final int PROBE_SIZE = 32;
    /** Sequences the "Inside the cell" tab can pick from (the first validation ones). */
    static final int INSPECTABLE = 64;

    private final LongMemoryLesson lesson;
    private final Settings settings;
    private final LongMemorySettings memory;
    private final RecallTask task;
    private final MultiLayerNetwork net;
    private final Random training;
    private final DataSet validation;
    private final DataSet test;
    private final DataSet probeBatch;
    private final ProbeRecord.Bars initialHorizon;

    LongMemorySession(LongMemoryLesson lesson, Settings settings, MultiLayerNetwork trained) {
        this.lesson = lesson;
        this.settings = settings;
        this.memory = LongMemorySettings.from(settings);
        this.task = new RecallTask(memory.lag());
        this.net = trained != null ? trained : RecallNetworks.recaller(memory, task);
        FastLstm.install(net);
        FastSimpleRnn.install(net);
        OwnGradientUpdates.install(net);
        this.training = new Random(settings.seed());
        this.validation = task.sample(VALIDATION_SIZE, new Random(settings.seed() + 1));
        this.test = task.sample(TEST_SIZE, new Random(settings.seed() + 2));
        this.probeBatch = task.sample(PROBE_SIZE, new Random(settings.seed() + 3));
        this.initialHorizon = MemoryHorizon.measure(net, probeBatch);
    }

    MultiLayerNetwork network() {
        return net;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public int epochs() {
        return memory.epochs();
    }

    @Override
    public int iterationsPerEpoch() {
        return memory.stepsPerEpoch();
    }

    @Override
    public int samplesPerIteration() {
        return memory.batchSize();
    }

    @Override
    public void startEpoch(int epoch) {
    }

    @Override
    public double trainIteration() {
        net.fit(task.sample(memory.batchSize(), training));
        return net.score();
    }

    /** Share of {@code data} whose first symbol the network names. */
    double accuracy(DataSet data) {
        INDArray predicted = net.output(data.getFeatures(), false).argMax(1);
        INDArray truth = data.getLabels().argMax(1);
        long right = 0;
        for (long i = 0; i < truth.length(); i++) {
            right += predicted.getLong(i) == truth.getLong(i) ? 1 : 0;
        }
        return (double) right / truth.length();
    }

    @Override
    public EpochEvaluation evaluate() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(Metrics.VALIDATION_LOSS.id(), net.score(validation, false));
        values.put(Metrics.VALIDATION_ACCURACY.id(), accuracy(validation));
        values.put(LongMemoryLesson.CHANCE_ACCURACY, RecallTask.CHANCE);
        return EpochEvaluation.of(values);
    }

    @Override
    public List<Measurement> testMeasurements() {
        return List.of(new Measurement("Test accuracy (" + memory.cell().cliName() + ", lag " + memory.lag() + ")",
                        accuracy(test), "%"),
                new Measurement("Chance", RecallTask.CHANCE, "%"));
    }

    @Override
    public Optional<ProbeRecord> probe(String probeId) {
        return MemoryHorizon.PROBE_ID.equals(probeId) ? Optional.of(MemoryHorizon.measure(net, probeBatch)) : Optional.empty();
    }

    @Override
    public int inspectableWindows() {
        return INSPECTABLE;
    }

    @Override
    public ProbeRecord.Bars initialMemoryHorizon() {
        return initialHorizon;
    }

    @Override
    public CellInterior cellInterior(int index) {
        int sequence = Math.max(0, Math.min(index, INSPECTABLE - 1));
        INDArray features = validation.getFeatures().get(NDArrayIndex.point(sequence), NDArrayIndex.all(), NDArrayIndex.all());
        return CellRecomputation.firstLayer(net, features.toDoubleMatrix(), sequence, INSPECTABLE);
    }

    @Override
    public Optional<ParameterSnapshot> snapshot() {
        return Optional.of(Dl4jModel.of(net).snapshot());
    }

    @Override
    public void setLearningRate(double learningRate) {
        net.setLearningRate(learningRate);
    }

    @Override
    public String divergenceHint() {
        return memory.optimizer().describe();
    }

    @Override
    public String divergenceAdvice() {
        return memory.optimizer().divergenceAdvice();
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        Checkpoints.save(net, settings, lesson, file);
    }
}
