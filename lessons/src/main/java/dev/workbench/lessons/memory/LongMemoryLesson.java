package dev.workbench.lessons.memory;

import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.DecimalParameter;
import dev.workbench.lessons.engine.HyperParameter.IntegerParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonCategory;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.engine.LessonNotes;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.MetricSpec.Goal;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.ProbeSpec;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.insight.MemoryHorizon;
import dev.workbench.lessons.kit.Architectures;
import dev.workbench.lessons.kit.RecurrentCell;
import dev.workbench.lessons.optim.TrainingOptimizer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sequences, long memory: recall the first of a sequence's symbols after a lag of distractors
 * ({@link RecallTask}). The plain RNN and the LSTM differ here as they do not on a smooth series:
 * at a long lag the RNN stays at chance while the LSTM learns to carry the symbol.
 */
public final class LongMemoryLesson implements Lesson {
    public static final String ID = "long-memory";

    public static final String CELL = "cell";
    public static final String LAG = "lag";
    public static final String HIDDEN = "hidden-size";
    public static final String FORGET_BIAS = "forget-bias";
    public static final String STEPS = "steps";
    public static final String BATCH_SIZE = "batch-size";

    public static final String CHANCE_ACCURACY = "chance-accuracy";
    /** The comparison at a lag where the plain RNN fails and the LSTM succeeds. */
    public static final String RNN_VS_LSTM = "rnn-vs-lstm";

    static final int STEPS_PER_EVALUATION = 50;
    static final int DEFAULT_LAG = 50;
    static final int DEFAULT_HIDDEN = 32;
    static final int DEFAULT_STEPS = 300;
    static final int DEFAULT_BATCH = 32;
    static final double DEFAULT_LEARNING_RATE = 0.003;
    /** sigmoid(3) = 0.95: the cell state keeps 0.95^50 = 8 % of a value over 50 steps at the start, not 0.73^50. */
    static final double DEFAULT_FORGET_BIAS = 3.0;

    private final LessonInfo info = new LessonInfo(ID, "Sequences: long memory",
            "Remember the first symbol through a long run of distractors: where a plain RNN forgets and an LSTM "
                    + "keeps it, and how far back each one's gradient reaches.",
            LessonCategory.SEQUENCES, LessonNotes.load(ID));
    private final List<HyperParameter> parameters = buildParameters();

    private static List<HyperParameter> buildParameters() {
        List<HyperParameter> parameters = new ArrayList<>(TrainingOptimizer.parameters("adam", DEFAULT_LEARNING_RATE, 10.0));
        parameters.addAll(List.of(
                RecurrentCell.parameter(CELL),
                new IntegerParameter(LAG, "Lag", "Distractor steps between the symbol to remember and the question.",
                        List.of(), DEFAULT_LAG, 1, 200),
                new IntegerParameter(HIDDEN, "Hidden size", "Units in the recurrent layer.", List.of("hidden"),
                        DEFAULT_HIDDEN, 1, 256),
                new DecimalParameter(FORGET_BIAS, "LSTM forget-gate bias", "Initial bias of the LSTM's forget gates: "
                        + "1 (DL4J's default) starts them at 0.73, 3 at 0.95. A plain RNN has no gates.", List.of(),
                        DEFAULT_FORGET_BIAS, -5, 10, false),
                new IntegerParameter(STEPS, "Training steps", "Updates, each on a fresh batch (validated every "
                        + STEPS_PER_EVALUATION + "; rounded up to a whole block).", List.of(), DEFAULT_STEPS, 1, 100_000),
                new IntegerParameter(BATCH_SIZE, "Batch size", "Sequences per update.", List.of("batch"), DEFAULT_BATCH,
                        1, 1024)));
        return List.copyOf(parameters);
    }

    @Override
    public LessonInfo info() {
        return info;
    }

    @Override
    public List<HyperParameter> parameters() {
        return parameters;
    }

    @Override
    public Metrics metrics() {
        MetricSpec chance = MetricSpec.perEpoch(CHANCE_ACCURACY, "Chance (guessing)", "%", Metrics.ACCURACY_CHART,
                Goal.HIGHER_IS_BETTER);
        return new Metrics(List.of(Metrics.LOSS, Metrics.TRAIN_LOSS, Metrics.VALIDATION_LOSS, Metrics.VALIDATION_ACCURACY,
                chance), Metrics.VALIDATION_ACCURACY.id(), Metrics.VALIDATION_LOSS.id(), null);
    }

    @Override
    public List<ProbeSpec> probes() {
        return List.of(new ProbeSpec(MemoryHorizon.PROBE_ID, MemoryHorizon.LABEL, ProbeRecord.Kind.BARS, 50, 1));
    }

    /** Plain SGD at a learning rate of 10 throws the softmax's weights out within a few updates. */
    @Override
    public Map<String, String> divergentSettings() {
        return Map.of(TrainingOptimizer.OPTIMIZER, "sgd", TrainingOptimizer.LEARNING_RATE, "10",
                TrainingOptimizer.SCHEDULE, "fixed", STEPS, "50");
    }

    @Override
    public List<Comparison> comparisons() {
        return List.of(
                new Comparison(RNN_VS_LSTM, "RNN vs LSTM at lag " + DEFAULT_LAG, "The same hidden size, lag and number of "
                        + "updates with a plain tanh recurrence and with an LSTM: which one remembers the first symbol?",
                        Map.of(LAG, String.valueOf(DEFAULT_LAG)),
                        List.of(lane("plain RNN", CELL, "rnn"), lane("LSTM", CELL, "lstm")), 0, false),
                new Comparison("lag", "Lag", "The LSTM with 5, 30 and 80 distractors between the symbol and the question.",
                        Map.of(CELL, "lstm"), List.of(lane("lag 5", LAG, "5"), lane("lag 30", LAG, "30"),
                        lane("lag 80", LAG, "80")), 0, false));
    }

    private static Comparison.Lane lane(String label, String parameter, String value) {
        return new Comparison.Lane(label, Map.of(parameter, value));
    }

    @Override
    public LongMemorySession prepare(Settings settings) {
        return new LongMemorySession(this, settings, null);
    }

    @Override
    public LongMemorySession restore(Checkpoints.Checkpoint checkpoint) throws LessonException {
        Settings settings = checkpointSettings(checkpoint);
        LongMemorySettings memory = LongMemorySettings.from(settings);
        MultiLayerNetwork net = checkpoint.multiLayerNetwork();
        Optional<String> mismatch = Architectures.mismatch(RecallNetworks.recaller(memory, new RecallTask(memory.lag())), net);
        if (mismatch.isPresent()) {
            throw new LessonException("The checkpoint's settings do not match its network: " + mismatch.get() + ".");
        }
        return new LongMemorySession(this, settings, net);
    }
}
