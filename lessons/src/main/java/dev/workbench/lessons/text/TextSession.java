package dev.workbench.lessons.text;

import dev.workbench.lessons.kit.OwnGradientUpdates;
import dev.workbench.lessons.data.CharSequenceIterator;
import dev.workbench.lessons.data.CharVocabulary;
import dev.workbench.lessons.data.TextCorpus;
import dev.workbench.lessons.data.TextEntropy;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LearningRateControl;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Measurement;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.StepResult;
import dev.workbench.lessons.kit.Dl4jModel;
import dev.workbench.lessons.kit.FastLstm;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A character model being trained on a text. The first 90% of the text is for training, cut into
 * sequences drawn in a seeded order; the last 10% (its first {@value #VALIDATION_CHARACTERS}
 * characters, to keep the epoch's end short) measures bits per character on text the model never
 * trained on. The unigram and bigram entropies of the training text are the lines to beat.
 */
public final class TextSession implements LessonSession, LearningRateControl {
    /** Part of the text held out at its end. */
    static final double VALIDATION_FRACTION = 0.1;
    /** Held-out characters measured at most, so an epoch's end takes about a second. */
    static final int VALIDATION_CHARACTERS = 32_768;
    /** Sequences per forward pass when measuring. */
    static final int VALIDATION_BATCH = 128;
    private static final double LN2 = Math.log(2);

    private final TextLesson lesson;
    private Settings settings;
    private TextSettings text;
    private final TextCorpus corpus;
    private final MultiLayerNetwork net;
    private final CharSequenceIterator batches;
    private final CharSequenceIterator validation;
    private final double unigramBits;
    private final double bigramBits;
    private final CharWriter writer;

    TextSession(TextLesson lesson, Settings settings, TextCorpus corpus, MultiLayerNetwork trained) throws LessonException {
        this.lesson = lesson;
        this.settings = settings;
        this.text = TextSettings.from(settings);
        this.corpus = corpus;
        TextCorpus.Split split = corpus.split(VALIDATION_FRACTION);
        int length = text.sequenceLength();
        if (split.validation().length < length + 1 || split.train().length < length + 1) {
            throw new LessonException("The text " + corpus.name() + " has " + corpus.length() + " characters: too short for "
                    + "sequences of " + length + " with 10% held out. Choose a shorter sequence length or a longer text.");
        }
        CharVocabulary vocabulary = corpus.vocabulary();
        this.batches = new CharSequenceIterator(split.train(), vocabulary, length, text.batchSize(), true, settings.seed());
        int[] held = Arrays.copyOf(split.validation(), Math.min(split.validation().length, VALIDATION_CHARACTERS + 1));
        this.validation = new CharSequenceIterator(held, vocabulary, length, VALIDATION_BATCH, false, settings.seed());
        this.unigramBits = TextEntropy.unigramBits(split.train());
        this.bigramBits = TextEntropy.bigramBits(split.train());
        this.net = trained != null ? trained : CharNetworks.charLstm(text, vocabulary.size(), text.iterationsPerEpoch());
        FastLstm.install(net);
        OwnGradientUpdates.install(net);
        this.writer = new CharWriter(net, vocabulary, corpus.name());
    }

    public CharVocabulary vocabulary() {
        return corpus.vocabulary();
    }

    /** The file name of the text the model learns. */
    public String textName() {
        return corpus.name();
    }

    /** Bits per character of a model that knows only how often each character occurs. */
    public double unigramBits() {
        return unigramBits;
    }

    /** Bits per character of a model that knows, for each character, which characters follow it how often. */
    public double bigramBits() {
        return bigramBits;
    }

    MultiLayerNetwork network() {
        return net;
    }

    /**
     * {@code length} characters after {@code prime} at {@code temperature}, drawn with a generator
     * seeded by {@code seed}; refused when the prime has characters the text never uses.
     */
    public Writing write(String prime, double temperature, int length, long seed) {
        if (length < 1) {
            throw new IllegalArgumentException("a sample needs at least 1 character: " + length);
        }
        return writer.write(prime, temperature, length, seed);
    }

    /** Why the model cannot start from {@code prime} (characters the text never uses), or empty when it can. */
    public Optional<String> primeProblem(String prime) {
        return writer.primeProblem(prime);
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public int epochs() {
        return text.epochs();
    }

    @Override
    public int iterationsPerEpoch() {
        return text.iterationsPerEpoch();
    }

    /** Sequences of {@code sequence-length} characters. */
    @Override
    public int samplesPerIteration() {
        return text.batchSize();
    }

    @Override
    public void startEpoch(int epoch) {
        // An epoch is a budget of updates, not a pass over the novel: the batches run on where they were.
    }

    /** One update: the batch's cross-entropy in bits per character, and the two entropy lines. */
    @Override
    public StepResult trainStep() {
        return new StepResult(trainIteration(), Map.of(TextLesson.UNIGRAM_BITS, unigramBits, TextLesson.BIGRAM_BITS, bigramBits));
    }

    /** One update; returns the batch's cross-entropy in bits per character. */
    @Override
    public double trainIteration() {
        if (!batches.hasNext()) {
            batches.reset();
        }
        net.fit(batches.next());
        // DL4J scores an RnnOutputLayer per sequence: summed over its time steps, averaged over the batch.
        return net.score() / text.sequenceLength() / LN2;
    }

    /** Bits per character on the held-out text. */
    double validationBits() {
        validation.reset();
        double nats = 0;
        long characters = 0;
        while (validation.hasNext()) {
            DataSet batch = validation.next();
            INDArray probabilities = net.output(batch.getFeatures(), false);
            nats -= Transforms.log(probabilities, true).muli(batch.getLabels()).sumNumber().doubleValue();
            characters += batch.getLabels().size(0) * batch.getLabels().size(2);
        }
        return nats / characters / LN2;
    }

    @Override
    public EpochEvaluation evaluate() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(Metrics.VALIDATION_LOSS.id(), validationBits());
        return EpochEvaluation.of(values);
    }

    @Override
    public List<Measurement> testMeasurements() {
        return List.of(new Measurement("Validation bits per character", validationBits(), TextLesson.BITS),
                new Measurement("Unigram entropy (character frequencies only)", unigramBits, TextLesson.BITS),
                new Measurement("Bigram entropy (one character back)", bigramBits, TextLesson.BITS));
    }

    @Override
    public Optional<ProbeRecord> probe(String probeId) {
        if (!TextLesson.SAMPLE.equals(probeId)) {
            return Optional.empty();
        }
        Writing writing = write(text.prime(), text.temperature(), text.sampleLength(), settings.seed());
        return Optional.of(new ProbeRecord.Text(writing instanceof Writing.Written written ? written.text()
                : ((Writing.Refused) writing).reason()));
    }

    @Override
    public Optional<ParameterSnapshot> snapshot() {
        return Optional.of(Dl4jModel.of(net).snapshot());
    }

    @Override
    public void setLearningRate(double learningRate) {
        OwnGradientUpdates.setLearningRate(net, learningRate);
    }

    /** A new learning rate or sampling temperature, from the next iteration or sample on. */
    @Override
    public void applyLiveSettings(Settings next) {
        TextSettings updated = TextSettings.from(next);
        if (updated.optimizer().learningRate() != text.optimizer().learningRate()) {
            OwnGradientUpdates.setLearningRate(net, updated.optimizer().learningRate());
        }
        settings = next;
        text = updated;
    }

    @Override
    public String divergenceHint() {
        return text.optimizer().describe();
    }

    @Override
    public String divergenceAdvice() {
        return text.optimizer().divergenceAdvice();
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        Checkpoints.save(net, settings, lesson, file);
    }
}
