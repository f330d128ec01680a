package dev.workbench.lessons.resnet;

import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.EarlyStopping;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.ChoiceParameter;
import dev.workbench.lessons.engine.HyperParameter.DecimalParameter;
import dev.workbench.lessons.engine.HyperParameter.IntegerParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonCategory;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.engine.LessonNotes;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.ProbeSpec;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.TrainingOptimizer;
import dev.workbench.lessons.resnet.ResNetSettings.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Residual networks: a deep plain network stops learning because almost no gradient reaches its
 * first layers, while the same depth with skip connections learns at once.
 */
public final class ResNetLesson implements Lesson {
    public static final String ID = "resnet";

    static final String MODEL = "model";
    static final String DATASET = "dataset";
    static final String POINTS = "points";
    static final String NOISE = "noise";
    static final String DEPTH = "depth";
    static final String WIDTH = "width";
    static final String VARIANT = "variant";
    static final String ACTIVATION = "activation";
    static final String WEIGHT_INIT = "weight-init";
    static final String CLIPPING = "clipping";
    static final String CLIP_THRESHOLD = "clip-threshold";
    static final String BATCH_SIZE = "batch-size";
    static final String EPOCHS = "epochs";
    static final String CNN_EPOCHS = "cnn-epochs";
    static final String CNN_BLOCKS = "cnn-blocks";
    static final String TRAIN_IMAGES = "train-images";

    /** Per-iteration metric: gradient norm of the first layer divided by that of the last. */
    public static final String GRAD_RATIO = "grad-ratio";
    /** Probe ids. */
    public static final String GRADIENT_NORMS = "gradient-norms";
    public static final String GRADIENT_HISTORY = "gradient-history";
    public static final String DECISION_BOUNDARY = "decision-boundary";
    public static final String POINTS_PROBE = "points";

    static final String DEFAULT_OPTIMIZER = "adam";
    static final double DEFAULT_LEARNING_RATE = 3e-3;
    static final int DEFAULT_DEPTH = 30;
    /** The residual CNN passes 85% test accuracy after 6 epochs of the shipped subset (86.4%, seed 42). */
    static final int DEFAULT_CNN_EPOCHS = 6;
    /** Races measure the time to this smoothed loss; two classes start at log 2 = 0.69. */
    static final double TARGET_LOSS = 0.3;
    private static final String GRADIENT_CHART = "gradients";

    private static final LessonInfo INFO = new LessonInfo(ID, "Residual networks (ResNet)",
            "Thirty layers deep: watch a plain network stop learning while skip connections carry the gradient through.",
            LessonCategory.VISION, LessonNotes.load(ID));

    private final List<HyperParameter> parameters = buildParameters();

    @Override
    public LessonInfo info() {
        return INFO;
    }

    @Override
    public List<HyperParameter> parameters() {
        return parameters;
    }

    private static List<HyperParameter> buildParameters() {
        List<HyperParameter> all = new ArrayList<>(TrainingOptimizer.parameters(DEFAULT_OPTIMIZER, DEFAULT_LEARNING_RATE, 1.0));
        all.addAll(List.of(
                new ChoiceParameter(MODEL, "Model", "mlp-2d: a deep narrow network on 2-D points (fast); "
                        + "cnn: a small ResNet on Fashion-MNIST.", List.of(), Model.MLP_2D.cliName(), Model.cliNames()),
                new ChoiceParameter(VARIANT, "Variant", "With or without skip connections and batch normalization.",
                        List.of(), ResNetSettings.Variant.RESIDUAL.cliName(), ResNetSettings.Variant.cliNames()),
                new IntegerParameter(DEPTH, "Depth", "Hidden layers of the 2-D network.", List.of("layers"),
                        DEFAULT_DEPTH, ResNetSettings.MIN_DEPTH, ResNetSettings.MAX_DEPTH),
                new IntegerParameter(WIDTH, "Width", "Units in every hidden layer of the 2-D network.", List.of(),
                        32, 2, 256),
                new ChoiceParameter(ACTIVATION, "Activation", "Non-linearity after every hidden layer.", List.of(),
                        "relu", ResNetSettings.ACTIVATIONS),
                new ChoiceParameter(WEIGHT_INIT, "Weight init", "xavier: variance 2/(in+out); relu (He): 2/in; "
                        + "normal: N(0, 1), far too large; uniform: +-1/sqrt(in).", List.of("init"),
                        ResNetSettings.Init.XAVIER.cliName(), ResNetSettings.Init.cliNames()),
                new ChoiceParameter(CLIPPING, "Gradient clipping", "none; norm: shrink each layer's gradient to at most "
                        + "the threshold; value: clip every element to +-threshold.", List.of("clip"),
                        ResNetSettings.Clipping.NONE.cliName(), ResNetSettings.Clipping.cliNames()),
                new DecimalParameter(CLIP_THRESHOLD, "Clipping threshold", "The largest gradient norm or value let through.",
                        List.of(), 1.0, 1e-3, 100.0, true),
                new ChoiceParameter(DATASET, "Points", "The 2-D dataset: two spirals, two rings or two circles.",
                        List.of("data"), "spirals", ResNetSettings.DATASETS),
                new IntegerParameter(POINTS, "Number of points", "Points generated (20% held out for validation).",
                        List.of(), 1000, 20, 20_000),
                new DecimalParameter(NOISE, "Noise", "Standard deviation of the jitter added to every point.",
                        List.of(), 0.05, 0.0, 1.0, false),
                new IntegerParameter(BATCH_SIZE, "Batch size", "Examples per update.", List.of("batch"), 32, 1, 1024),
                new IntegerParameter(EPOCHS, "Epochs", "2-D network: passes over the training points.", List.of(),
                        20, 1, 500),
                new IntegerParameter(CNN_EPOCHS, "CNN epochs", "CNN only: passes over the training images.", List.of(),
                        DEFAULT_CNN_EPOCHS, 1, 200),
                new IntegerParameter(CNN_BLOCKS, "CNN blocks per stage", "Basic blocks (two convolutions each) in each "
                        + "of the CNN's two stages.", List.of(), 2, 1, 4),
                new IntegerParameter(TRAIN_IMAGES, "Training images", "CNN only: how many training images to learn from "
                        + "(0: all of the shipped subset).", List.of(), 0, 0, 60_000)));
        all.add(EarlyStopping.parameter());
        return List.copyOf(all);
    }

    /** Each model trains for its own number of epochs: a setting for the other model would do nothing. */
    @Override
    public List<String> ineffective(Settings settings, java.util.Set<String> given) {
        boolean cnn = Model.CNN.cliName().equals(settings.choice(MODEL));
        if (cnn && given.contains(EPOCHS)) {
            return List.of("--" + EPOCHS + " is for the 2-D network; the CNN trains for --" + CNN_EPOCHS);
        }
        if (!cnn && given.contains(CNN_EPOCHS)) {
            return List.of("--" + CNN_EPOCHS + " is used only with --" + MODEL + " cnn");
        }
        return List.of();
    }

    /** Plain SGD at a learning rate of 1 through 30 layers: the loss blows up within the first epochs. */
    @Override
    public java.util.Map<String, String> divergentSettings() {
        return java.util.Map.of(TrainingOptimizer.OPTIMIZER, "sgd", TrainingOptimizer.LEARNING_RATE, "1", EPOCHS, "3");
    }

    @Override
    public Metrics metrics() {
        return Metrics.classifier(TARGET_LOSS).plus(MetricSpec.perIteration(GRAD_RATIO,
                "Gradient ratio first / last layer", GRADIENT_CHART, MetricSpec.Goal.HIGHER_IS_BETTER));
    }

    @Override
    public List<ProbeSpec> probes() {
        return List.of(
                new ProbeSpec(GRADIENT_NORMS, "Gradient norm per layer", ProbeRecord.Kind.BARS),
                new ProbeSpec(GRADIENT_HISTORY, "Gradient norms over time", ProbeRecord.Kind.HEAT_ROW),
                new ProbeSpec(DECISION_BOUNDARY, "Decision boundary", ProbeRecord.Kind.GRID),
                new ProbeSpec(POINTS_PROBE, "Validation points", ProbeRecord.Kind.POINTS, 1_000_000, 0.1));
    }

    /** The plane views exist for the 2-D model only. */
    @Override
    public List<ProbeSpec> probes(Settings settings) {
        boolean plane = !"cnn".equals(settings.values().get(MODEL));
        return probes().stream()
                .filter(probe -> plane || !(probe.id().equals(DECISION_BOUNDARY) || probe.id().equals(POINTS_PROBE)))
                .toList();
    }

    @Override
    public List<Comparison> comparisons() {
        return COMPARISONS;
    }

    private static final List<Comparison> COMPARISONS = List.of(
            new Comparison("plain-vs-residual", "Plain vs residual",
                    "The same 30 layers and the same seed, with and without skip connections.",
                    Map.of(DEPTH, "30"),
                    List.of(lane("plain", VARIANT, "plain"), lane("residual", VARIANT, "residual")), 0, false),
            new Comparison("depth", "Depth",
                    "Deeper plain networks learn worse; residual networks of any depth learn.",
                    Map.of(),
                    List.of(new Comparison.Lane("plain, 4 layers", Map.of(VARIANT, "plain", DEPTH, "4")),
                            new Comparison.Lane("plain, 16 layers", Map.of(VARIANT, "plain", DEPTH, "16")),
                            new Comparison.Lane("plain, 40 layers", Map.of(VARIANT, "plain", DEPTH, "40")),
                            new Comparison.Lane("residual, 16 layers", Map.of(VARIANT, "residual", DEPTH, "16")),
                            new Comparison.Lane("residual, 40 layers", Map.of(VARIANT, "residual", DEPTH, "40"))),
                    0, false),
            new Comparison("activation", "Activation in a deep plain network",
                    "Sigmoid's slope is at most 0.25, so 30 of them multiply the gradient down to nothing.",
                    Map.of(VARIANT, "plain", DEPTH, "30"),
                    List.of(lane("sigmoid", ACTIVATION, "sigmoid"), lane("tanh", ACTIVATION, "tanh"),
                            lane("relu", ACTIVATION, "relu")), 0, false),
            new Comparison("batch-norm", "Batch normalization",
                    "Batch normalization keeps every layer's inputs at mean 0 and variance 1, with or without skips.",
                    Map.of(DEPTH, "30"),
                    List.of(lane("plain", VARIANT, "plain"), lane("plain + batch norm", VARIANT, "plain+bn"),
                            lane("residual", VARIANT, "residual"), lane("residual + batch norm", VARIANT, "residual+bn")),
                    0, false),
            new Comparison("init", "Weight initialization",
                    "A deep plain ReLU network started with N(0, 1), Xavier and He weights.",
                    Map.of(VARIANT, "plain", DEPTH, "30", ACTIVATION, "relu"),
                    List.of(lane("normal(0, 1)", WEIGHT_INIT, "normal"), lane("xavier", WEIGHT_INIT, "xavier"),
                            lane("he (relu)", WEIGHT_INIT, "relu")), 0, false));

    private static Comparison.Lane lane(String label, String key, String value) {
        return new Comparison.Lane(label, Map.of(key, value));
    }

    @Override
    public ResNetSession prepare(Settings settings) throws LessonException {
        ResNetSettings resnet = ResNetSettings.from(settings);
        ResNetData data = loadData(resnet);
        ComputationGraph graph = resnet.model() == Model.CNN
                ? ResNetNetworks.cnn(resnet, data.batchesPerEpoch())
                : ResNetNetworks.mlp(resnet, data.batchesPerEpoch());
        return new ResNetSession(this, settings, data, graph);
    }

    /** A session around a graph trained earlier, with the settings stored in its checkpoint. */
    @Override
    public ResNetSession restore(Checkpoints.Checkpoint checkpoint) throws LessonException {
        if (!(checkpoint.model() instanceof ComputationGraph graph)) {
            throw new Checkpoints.CheckpointException("checkpoint holds a " + checkpoint.model().getClass().getSimpleName()
                    + ", not the ComputationGraph of the " + INFO.title() + " lesson");
        }
        Settings settings = checkpointSettings(checkpoint);
        return new ResNetSession(this, settings, loadData(ResNetSettings.from(settings)), graph);
    }

    private static ResNetData loadData(ResNetSettings resnet) throws LessonException {
        return resnet.model() == Model.CNN ? ResNetData.images(resnet, FashionMnist.shipped()) : ResNetData.points(resnet);
    }
}
