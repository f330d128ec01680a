package dev.workbench.lessons.mlp;

import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.kit.Architectures;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.IntegerParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonCategory;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.engine.LessonNotes;
import dev.workbench.lessons.engine.EarlyStopping;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.kit.ClassifierParameters;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A foundations lesson on a one-hidden-layer perceptron. The same network serves several
 * lessons; each has its own notes, defaults and ready-made comparisons (see the factories).
 */
public final class MlpLesson implements Lesson {
    public static final String LEARNING_RATE_ID = "learning-rate";
    public static final String BATCH_SIZE_ID = "batch-size";
    static final String BATCH_SIZE = ClassifierParameters.BATCH_SIZE;
    static final String EPOCHS = ClassifierParameters.EPOCHS;
    static final String HIDDEN_UNITS = "hidden-units";
    static final String TRAIN_IMAGES = ClassifierParameters.TRAIN_IMAGES;
    /** Races measure the time to this smoothed training loss (cross-entropy over 10 classes starts near 2.3). */
    static final double TARGET_LOSS = 0.6;

    private final LessonInfo info;
    private final List<HyperParameter> parameters;
    private final List<Comparison> comparisons;

    private MlpLesson(LessonInfo info, Defaults defaults, List<Comparison> comparisons) {
        this.info = info;
        this.parameters = parameters(defaults);
        this.comparisons = List.copyOf(comparisons);
    }

    /** The defaults that differ between the MLP lessons. */
    private record Defaults(String optimizer, double learningRate, int batchSize, int epochs, int trainImages) {
    }

    /** Learning rate: too low, good, too high, divergent; schedules; the range test. */
    public static MlpLesson learningRate() {
        return new MlpLesson(new LessonInfo(LEARNING_RATE_ID, "Learning rate",
                "Too small and nothing happens, too large and training explodes: find the rate in between.",
                LessonCategory.FOUNDATIONS, LessonNotes.load(LEARNING_RATE_ID)),
                new Defaults("sgd", 0.05, 32, 5, 5000),
                List.of(new Comparison("rates", "Too low, good, too high, divergent",
                        "Plain SGD with four learning rates, same network, data and seed.",
                        Map.of(TrainingOptimizer.OPTIMIZER, "sgd", TrainingOptimizer.SCHEDULE, "fixed"),
                        List.of(lane("too low (0.0005)", TrainingOptimizer.LEARNING_RATE, "0.0005"),
                                lane("good (0.05)", TrainingOptimizer.LEARNING_RATE, "0.05"),
                                lane("too high (0.8)", TrainingOptimizer.LEARNING_RATE, "0.8"),
                                lane("divergent (5)", TrainingOptimizer.LEARNING_RATE, "5")),
                        0, false)));
    }

    /** Batch size: full batch vs mini-batch vs SGD for the same time budget. */
    public static MlpLesson batchSize() {
        return new MlpLesson(new LessonInfo(BATCH_SIZE_ID, "Batch size",
                "One example, a mini-batch or the whole training set per update: noise, speed and where they end up.",
                LessonCategory.FOUNDATIONS, LessonNotes.load(BATCH_SIZE_ID)),
                new Defaults("sgd", 0.05, 32, 10, 2000),
                List.of(new Comparison("batches", "Full batch vs mini-batch vs SGD",
                        "Plain SGD on 2,000 images, each lane trained for the same 8 seconds of its own time.",
                        Map.of(TrainingOptimizer.OPTIMIZER, "sgd", TRAIN_IMAGES, "2000", EPOCHS, "1000"),
                        List.of(new Comparison.Lane("SGD, batch 1", Map.of(BATCH_SIZE, "1", TrainingOptimizer.LEARNING_RATE, "0.005")),
                                new Comparison.Lane("mini-batch 32", Map.of(BATCH_SIZE, "32", TrainingOptimizer.LEARNING_RATE, "0.05")),
                                new Comparison.Lane("full batch 2000", Map.of(BATCH_SIZE, "2000", TrainingOptimizer.LEARNING_RATE, "0.5"))),
                        8.0, true)));
    }

    private static Comparison.Lane lane(String label, String parameter, String value) {
        return new Comparison.Lane(label, Map.of(parameter, value));
    }

    private static List<HyperParameter> parameters(Defaults defaults) {
        List<HyperParameter> parameters = new ArrayList<>(TrainingOptimizer.parameters(defaults.optimizer(), defaults.learningRate(), 10.0));
        parameters.addAll(List.of(
                ClassifierParameters.batchSize("Images per update; the training-set size means full batch.",
                        defaults.batchSize(), 10_000),
                ClassifierParameters.epochs(defaults.epochs(), 1000),
                new IntegerParameter(HIDDEN_UNITS, "Hidden units", "Neurons in the hidden layer.",
                        List.of("hidden"), 64, 4, 1024),
                ClassifierParameters.activation("Non-linearity of the hidden layer.", List.of("relu", "tanh", "sigmoid")),
                ClassifierParameters.trainImages("How many of the 10,000 shipped training images to use.",
                        defaults.trainImages(), 100, 10_000)));
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

    @Override
    public Metrics metrics() {
        return Metrics.classifier(TARGET_LOSS);
    }

    /** The learning rate changes at the next iteration when no schedule sets it; the rest needs a new run. */
    @Override
    public java.util.Set<String> liveParameters(Settings settings) {
        return TrainingOptimizer.liveParameters(settings);
    }

    @Override
    public List<Comparison> comparisons() {
        return comparisons;
    }

    /** Plain SGD at a learning rate of 5: the loss explodes within a few dozen updates. */
    @Override
    public Map<String, String> divergentSettings() {
        return Map.of(TrainingOptimizer.OPTIMIZER, "sgd", TrainingOptimizer.LEARNING_RATE, "5",
                TrainingOptimizer.SCHEDULE, "fixed", EPOCHS, "1", TRAIN_IMAGES, "2000", BATCH_SIZE, "32");
    }

    /** A session around a perceptron trained earlier, with the settings stored in its checkpoint. */
    @Override
    public MlpSession restore(Checkpoints.Checkpoint checkpoint) throws LessonException {
        Settings settings = checkpointSettings(checkpoint);
        MlpSettings mlp = MlpSettings.from(settings);
        org.deeplearning4j.nn.multilayer.MultiLayerNetwork net = checkpoint.multiLayerNetwork();
        java.util.Optional<String> mismatch = Architectures.mismatch(MlpNetworks.perceptron(mlp, 1), net);
        if (mismatch.isPresent()) {
            throw new LessonException("The checkpoint's settings do not match its network: " + mismatch.get() + ".");
        }
        return new MlpSession(this, settings, FashionMnist.shipped().withTrainingImages(mlp.trainImages()), net);
    }

    @Override
    public MlpSession prepare(Settings settings) throws LessonException {
        MlpSettings mlp = MlpSettings.from(settings);
        return new MlpSession(this, settings, FashionMnist.shipped().withTrainingImages(mlp.trainImages()));
    }
}
