package dev.workbench.lessons.cnn;

import dev.workbench.lessons.augment.AugmentationPresets;
import dev.workbench.lessons.augment.AugmentationText;
import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.ChoiceParameter;
import dev.workbench.lessons.engine.HyperParameter.DecimalParameter;
import dev.workbench.lessons.engine.HyperParameter.FlagParameter;
import dev.workbench.lessons.engine.HyperParameter.TextParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonCategory;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.engine.LessonNotes;
import dev.workbench.lessons.engine.EarlyStopping;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.kit.ClassifierParameters;
import dev.workbench.lessons.kit.Architectures;
import dev.workbench.lessons.optim.TrainingOptimizer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Convolutional networks: a LeNet learns to tell Fashion-MNIST clothing apart. */
public final class CnnLesson implements Lesson {
    public static final String ID = "cnn";
    static final String TRAIN_IMAGES = ClassifierParameters.TRAIN_IMAGES;
    /** The augmentation setting: none, light, strong or custom. */
    public static final String AUGMENTATION_PRESET = "augmentation";
    /** The custom pipeline, as {@link AugmentationText}; used when the preset is "custom". */
    public static final String AUGMENTATION_SPEC = "augmentation-spec";
    /** Id of the data-augmentation lesson, see {@link #augmentation()}. */
    public static final String AUGMENTATION_ID = "augmentation";
    static final String BATCH_SIZE = ClassifierParameters.BATCH_SIZE;
    static final String EPOCHS = ClassifierParameters.EPOCHS;
    static final String DROPOUT = "dropout";
    static final String L2 = "l2";
    static final String BATCH_NORM = "batch-norm";
    static final String DATASET = "dataset";
    static final String DATA_DIR = "data-dir";
    /** Races measure the time to this smoothed training loss (cross-entropy over 10 classes starts near 2.3). */
    static final double TARGET_LOSS = 0.6;

    private final LessonInfo info;
    private final List<HyperParameter> parameters;
    private final List<Comparison> comparisons;

    /** The defaults that differ between the CNN lessons. */
    private record Defaults(int epochs, int trainImages, String augmentation) {
    }

    /** The CNN lesson: a LeNet on the shipped Fashion-MNIST subset. */
    public CnnLesson() {
        this(new LessonInfo(ID, "Convolutional networks (CNN)",
                        "A LeNet-style network learns to recognise ten kinds of clothing from 28x28 photos.",
                        LessonCategory.VISION, LessonNotes.load("cnn")),
                new Defaults(2, 0, "none"),
                List.of(withAndWithoutAugmentation("with-without-augmentation", 2000, Map.of(EPOCHS, "5"))));
    }

    /**
     * The LeNet on the same small training set as it is, lightly and strongly augmented: the
     * generalization gap shrinks with augmentation.
     */
    private static Comparison withAndWithoutAugmentation(String id, int trainImages, Map<String, String> more) {
        Map<String, String> shared = new java.util.HashMap<>(more);
        shared.put(TRAIN_IMAGES, Integer.toString(trainImages));
        return new Comparison(id, "With vs without augmentation",
                "The LeNet on the same " + String.format(java.util.Locale.ROOT, "%,d", trainImages)
                        + " training images: as they are, lightly and strongly augmented.",
                shared,
                List.of(new Comparison.Lane("no augmentation", Map.of(AUGMENTATION_PRESET, "none")),
                        new Comparison.Lane("light augmentation", Map.of(AUGMENTATION_PRESET, "light")),
                        new Comparison.Lane("strong augmentation", Map.of(AUGMENTATION_PRESET, "strong"))),
                0, false);
    }

    private CnnLesson(LessonInfo info, Defaults defaults, List<Comparison> comparisons) {
        this.info = info;
        this.parameters = parameters(defaults);
        this.comparisons = List.copyOf(comparisons);
    }

    /**
     * Data augmentation: the same LeNet on only 1,000 training images, where random flips, shifts
     * and rotations visibly shrink the gap between training and validation accuracy.
     */
    public static CnnLesson augmentation() {
        return new CnnLesson(new LessonInfo(AUGMENTATION_ID, "Data augmentation",
                "Train on 1,000 images with and without random flips, shifts and rotations, and watch overfitting shrink.",
                LessonCategory.VISION, LessonNotes.load("augmentation")),
                new Defaults(20, 1000, "light"),
                List.of(withAndWithoutAugmentation("with-without", 1000, Map.of())));
    }

    private static List<HyperParameter> parameters(Defaults defaults) {
        List<HyperParameter> parameters = new ArrayList<>(TrainingOptimizer.parameters("adam", 1e-3, 1.0));
        parameters.addAll(List.of(
                ClassifierParameters.batchSize("Images per update.", 64, 1024),
                ClassifierParameters.epochs(defaults.epochs(), 50),
                new DecimalParameter(DROPOUT, "Dropout", "Fraction of dense-layer units switched off at random while training.",
                        List.of(), 0.0, 0.0, 0.9, false),
                new DecimalParameter(L2, "L2 weight decay", "Penalty on large weights, lambda * sum(w^2) / 2.",
                        List.of("weight-decay"), 1e-4, 0.0, 0.1, false),
                new FlagParameter(BATCH_NORM, "Batch normalization", "Normalize each convolution's outputs per mini-batch.",
                        List.of("bn"), false),
                ClassifierParameters.activation("Non-linearity after each convolution and the dense layer.",
                        List.of("relu", "leakyrelu", "tanh", "sigmoid")),
                ClassifierParameters.trainImages("How many training images to learn from (0: all of them).",
                        defaults.trainImages(), 0, 60_000),
                new ChoiceParameter(AUGMENTATION_PRESET, "Augmentation", "Random flips, shifts and rotations of the training images.",
                        List.of("augment"), defaults.augmentation(), AugmentationPresets.NAMES),
                new TextParameter(AUGMENTATION_SPEC, "Custom augmentation", "Used when augmentation is 'custom': "
                        + "name[:strength]@probability, e.g. horizontal-flip@0.5,rotation:15@0.3 (the preview builds it).",
                        List.of(), "horizontal-flip@0.5,translation:0.1@0.5", AugmentationText::problem),
                new ChoiceParameter(DATASET, "Dataset", "shipped: 10,000 training images in datasets/; full: all 60,000.",
                        List.of("data"), "shipped", List.of("shipped", "full")),
                new TextParameter(DATA_DIR, "Data folder", "Folder with the full Fashion-MNIST IDX files (empty: "
                    + FashionMnist.SYSTEM_FOLDER + ").", List.of(), "")));
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
    public List<String> ineffective(Settings settings, java.util.Set<String> given) {
        List<String> problems = new ArrayList<>();
        if (given.contains(AUGMENTATION_SPEC) && !AugmentationPresets.CUSTOM.equals(settings.choice(AUGMENTATION_PRESET))) {
            problems.add("--" + AUGMENTATION_SPEC + " is used only with --" + AUGMENTATION_PRESET + " custom");
        }
        if (given.contains(DATA_DIR) && !"full".equals(settings.choice(DATASET))) {
            problems.add("--" + DATA_DIR + " is used only with --" + DATASET + " full (the shipped set is in datasets/)");
        }
        return problems;
    }

    /** Plain SGD at a learning rate of 1: the loss jumps from 3 to 20 and never comes back. */
    @Override
    public Map<String, String> divergentSettings() {
        return Map.of(TrainingOptimizer.OPTIMIZER, "sgd", TrainingOptimizer.LEARNING_RATE, "1",
                TRAIN_IMAGES, "2000", EPOCHS, "1", AUGMENTATION_PRESET, "none");
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

    @Override
    public CnnSession prepare(Settings settings) throws LessonException {
        CnnSettings cnn = CnnSettings.from(settings);
        FashionMnist.Splits data = loadData(cnn);
        return new CnnSession(this, settings, net -> CnnNetworks.lenet(cnn, net), data);
    }

    /** A session around a network trained earlier, with the settings stored in its checkpoint. */
    @Override
    public CnnSession restore(Checkpoints.Checkpoint checkpoint) throws LessonException {
        Settings settings = checkpointSettings(checkpoint);
        MultiLayerNetwork net = checkpoint.multiLayerNetwork();
        java.util.Optional<String> mismatch = Architectures.mismatch(CnnNetworks.lenet(CnnSettings.from(settings), 1), net);
        if (mismatch.isPresent()) {
            throw new LessonException("The checkpoint's settings do not match its network: " + mismatch.get() + ".");
        }
        return new CnnSession(this, settings, iterationsPerEpoch -> net, loadData(CnnSettings.from(settings)));
    }

    private static FashionMnist.Splits loadData(CnnSettings cnn) throws LessonException {
        FashionMnist.Splits splits = cnn.dataset().equals("full")
                ? FashionMnist.full(cnn.dataDir().isEmpty() ? null : Path.of(cnn.dataDir()))
                : FashionMnist.shipped();
        if (cnn.trainImages() > splits.train().size()) {
            throw new LessonException(String.format("%,d training images were asked for, but the %s set has %,d; "
                    + "ask for fewer%s", cnn.trainImages(), cnn.dataset(), splits.train().size(),
                    cnn.dataset().equals("full") ? "" : ", or use --dataset full (60,000)"));
        }
        return cnn.trainImages() == 0 ? splits : splits.withTrainingImages(cnn.trainImages());
    }
}
