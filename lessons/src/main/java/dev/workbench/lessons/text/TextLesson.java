package dev.workbench.lessons.text;

import dev.workbench.lessons.data.DatasetLocator;
import dev.workbench.lessons.data.TextCorpus;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.EarlyStopping;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.DecimalParameter;
import dev.workbench.lessons.engine.HyperParameter.IntegerParameter;
import dev.workbench.lessons.engine.HyperParameter.TextParameter;
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
import dev.workbench.lessons.kit.Architectures;
import dev.workbench.lessons.optim.TrainingOptimizer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writing text: a character-level LSTM reads a novel (Pride and Prejudice by default) and learns
 * to predict the next character. Measured in bits per character on held-out text against the
 * text's unigram and bigram entropies; a live view shows what it writes, drawn at a temperature
 * from a prime.
 */
public final class TextLesson implements Lesson {
    public static final String ID = "char-lstm";

    public static final String TEXT_FILE = "text-file";
    public static final String DATA_DIR = "data-dir";
    public static final String HIDDEN = "hidden-size";
    public static final String LAYERS = "layers";
    public static final String SEQUENCE_LENGTH = "sequence-length";
    public static final String BATCH_SIZE = "batch-size";
    public static final String EPOCHS = "epochs";
    public static final String ITERATIONS = "iterations-per-epoch";
    public static final String TEMPERATURE = "temperature";
    public static final String PRIME = "prime";
    public static final String SAMPLE_LENGTH = "sample-length";

    /** The novel shipped in {@code datasets/text/}. */
    public static final String SHIPPED_TEXT = "pride-and-prejudice.txt";
    /** The unit of every measurement this lesson reports. */
    public static final String BITS = "bits/char";

    /** Per-iteration metrics, by id: constant reference lines in the loss chart. */
    public static final String UNIGRAM_BITS = "unigram-bits";
    public static final String BIGRAM_BITS = "bigram-bits";

    /** Probe: a sample of the model's writing. */
    public static final String SAMPLE = "sample";

    /** The lowest and highest sampling temperature offered. */
    public static final double MIN_TEMPERATURE = 0.2;
    public static final double MAX_TEMPERATURE = 1.5;

    /** Characters seen fewer times than this share one symbol: a stray accent does not cost an output unit. */
    static final int MIN_COUNT = 3;
    static final int DEFAULT_HIDDEN = 128;
    static final int DEFAULT_SEQUENCE = 64;
    static final int DEFAULT_BATCH = 32;
    static final int DEFAULT_EPOCHS = 4;
    static final int DEFAULT_ITERATIONS = 100;
    public static final double DEFAULT_TEMPERATURE = 0.6;
    public static final String DEFAULT_PRIME = "Elizabeth";
    static final int DEFAULT_SAMPLE_LENGTH = 300;
    /** Adam at 0.01 gets below the unigram entropy within the first 100 updates. */
    static final double DEFAULT_LEARNING_RATE = 0.01;

    private final LessonInfo info = new LessonInfo(ID, "Sequences: writing text",
            "A character-level LSTM reads Pride and Prejudice and learns to write like it, one character at a time; "
                    + "watch its bits per character fall below the unigram and bigram lines.",
            LessonCategory.SEQUENCES, LessonNotes.load(ID));
    private final List<HyperParameter> parameters = buildParameters();

    private static List<HyperParameter> buildParameters() {
        List<HyperParameter> parameters = new ArrayList<>(TrainingOptimizer.parameters("adam", DEFAULT_LEARNING_RATE, 10.0));
        parameters.addAll(List.of(
                new TextParameter(TEXT_FILE, "Text file", "The UTF-8 text to learn from: a file in the text folder, or a full "
                        + "path (empty: " + SHIPPED_TEXT + ").", List.of("text"), SHIPPED_TEXT),
                new IntegerParameter(HIDDEN, "Hidden size", "Units in each LSTM layer.", List.of("hidden"), DEFAULT_HIDDEN, 4, 512),
                new IntegerParameter(LAYERS, "Layers", "LSTM layers stacked (1 or 2).", List.of(), 1, 1, 2),
                new IntegerParameter(SEQUENCE_LENGTH, "Sequence length T", "Characters per training sequence: how far back "
                        + "the gradient reaches.", List.of("T"), DEFAULT_SEQUENCE, 4, 256),
                new IntegerParameter(BATCH_SIZE, "Batch size", "Sequences per update.", List.of("batch"), DEFAULT_BATCH, 1, 256),
                new IntegerParameter(EPOCHS, "Epochs", "Rounds of updates, each ending with a measurement on held-out text.",
                        List.of(), DEFAULT_EPOCHS, 1, 200),
                new IntegerParameter(ITERATIONS, "Updates per epoch", "Updates in each round (a pass over the whole novel "
                        + "at the defaults is about 300).", List.of("iterations"), DEFAULT_ITERATIONS, 1, 10_000),
                new DecimalParameter(TEMPERATURE, "Temperature", "How adventurous the samples are: low repeats the likeliest "
                        + "characters, 1 follows the model, high is close to random.", List.of(), DEFAULT_TEMPERATURE,
                        MIN_TEMPERATURE, MAX_TEMPERATURE, false),
                new TextParameter(PRIME, "Prime", "The text every sample starts from (empty: a new line).", List.of(),
                        DEFAULT_PRIME),
                new IntegerParameter(SAMPLE_LENGTH, "Sample length", "Characters each sample adds after the prime.",
                        List.of(), DEFAULT_SAMPLE_LENGTH, 10, 2000),
                new TextParameter(DATA_DIR, "Text folder", "Folder with the text file (empty: the shipped datasets/text).",
                        List.of(), "")));
        parameters.add(EarlyStopping.parameter());
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

    /**
     * Every line in one chart, in bits per character: the losses and the two entropies they should
     * beat. The entropies are constants reported with every update, so they are drawn as level
     * lines from the first update on. Validation comes last: the command line's progress shows
     * the last epoch metric.
     */
    @Override
    public Metrics metrics() {
        MetricSpec unigram = new MetricSpec(UNIGRAM_BITS, "Unigram entropy", BITS, Metrics.LOSS_CHART,
                Goal.LOWER_IS_BETTER, Double.NaN, MetricSpec.Cadence.ITERATION);
        MetricSpec bigram = new MetricSpec(BIGRAM_BITS, "Bigram entropy", BITS, Metrics.LOSS_CHART,
                Goal.LOWER_IS_BETTER, Double.NaN, MetricSpec.Cadence.ITERATION);
        return new Metrics(List.of(Metrics.LOSS.withLabel("Training bits/char"),
                Metrics.TRAIN_LOSS.withLabel("Training bits/char (epoch mean)"), unigram, bigram,
                Metrics.VALIDATION_LOSS.withLabel("Validation bits/char")),
                Metrics.VALIDATION_LOSS.id(), Metrics.VALIDATION_LOSS.id(),
                new Metrics.Gap(Metrics.TRAIN_LOSS.id(), Metrics.VALIDATION_LOSS.id()));
    }

    /** A sample every few seconds at most: writing 300 characters costs about as much as a few updates. */
    @Override
    public List<ProbeSpec> probes() {
        return List.of(new ProbeSpec(SAMPLE, "What the model writes", ProbeRecord.Kind.TEXT, 30, 0.25));
    }

    /** Plain SGD at a learning rate of 10: the softmax saturates and the loss blows up within a few updates. */
    @Override
    public Map<String, String> divergentSettings() {
        return Map.of(TrainingOptimizer.OPTIMIZER, "sgd", TrainingOptimizer.LEARNING_RATE, "10",
                TrainingOptimizer.SCHEDULE, "fixed", EPOCHS, "1");
    }

    @Override
    public Set<String> liveParameters(Settings settings) {
        Set<String> live = new HashSet<>(TrainingOptimizer.liveParameters(settings));
        live.add(TEMPERATURE);
        return live;
    }

    @Override
    public List<Comparison> comparisons() {
        return List.of(
                new Comparison("hidden-size", "Hidden size", "32, 128 and 256 LSTM units: how much more does a bigger "
                        + "memory buy, and at what cost in time?", Map.of(),
                        List.of(lane("32 units", HIDDEN, "32"), lane("128 units", HIDDEN, "128"), lane("256 units", HIDDEN, "256")),
                        0, false),
                new Comparison("sequence-length", "Sequence length", "Training sequences of 16 and 64 characters: the "
                        + "gradient reaches back at most T characters.", Map.of(),
                        List.of(lane("T = 16", SEQUENCE_LENGTH, "16"), lane("T = 64", SEQUENCE_LENGTH, "64")), 0, false));
    }

    private static Comparison.Lane lane(String label, String parameter, String value) {
        return new Comparison.Lane(label, Map.of(parameter, value));
    }

    @Override
    public TextSession prepare(Settings settings) throws LessonException {
        TextSettings text = TextSettings.from(settings);
        TextSession session = new TextSession(this, settings, read(text), null);
        refuseUnknownPrime(session, text);
        return session;
    }

    /** A session around a model trained earlier, with the settings stored in its checkpoint. */
    @Override
    public TextSession restore(Checkpoints.Checkpoint checkpoint) throws LessonException {
        Settings settings = checkpointSettings(checkpoint);
        TextSettings text = TextSettings.from(settings);
        MultiLayerNetwork net = checkpoint.multiLayerNetwork();
        TextCorpus corpus = read(text);
        Optional<String> mismatch = Architectures.mismatch(CharNetworks.charLstm(text, corpus.vocabulary().size(), 1), net);
        if (mismatch.isPresent()) {
            throw new LessonException("The checkpoint's settings do not match its network (was the text file changed?): "
                    + mismatch.get() + ".");
        }
        return new TextSession(this, settings, corpus, net);
    }

    /** The prime is checked against the text before a run starts, so a run never streams a refusal. */
    private static void refuseUnknownPrime(TextSession session, TextSettings text) throws LessonException {
        Optional<String> problem = session.primeProblem(text.prime());
        if (problem.isPresent()) {
            throw new LessonException(problem.get());
        }
    }

    /** The text file: a path as given, or a name in the text folder (the shipped one by default). */
    static Path textPath(TextSettings settings) {
        String name = settings.textFile().isEmpty() ? SHIPPED_TEXT : settings.textFile();
        Path folder = settings.dataDir().isEmpty() ? DatasetLocator.datasetsRoot().resolve("text") : Path.of(settings.dataDir());
        return folder.resolve(name);
    }

    static TextCorpus read(TextSettings settings) throws LessonException {
        return TextCorpus.read(textPath(settings), MIN_COUNT);
    }
}
