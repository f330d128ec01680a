package dev.workbench.lessons.gan;

import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.DivergenceRule;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.ChoiceParameter;
import dev.workbench.lessons.engine.HyperParameter.FlagParameter;
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
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generative adversarial networks: a generator turns noise into samples, a discriminator tries to
 * tell them from real data, and each learns from the other. Two models: points in the plane
 * ({@code model=2d}, the default, where everything can be drawn) and Fashion-MNIST images
 * ({@code model=image}).
 */
public final class GanLesson implements Lesson {
    public static final String ID = "gan";

    /** Settings the app's plane view reads and writes (the drawn target). */
    public static final String MODEL = "model";
    public static final String TARGET = "target";
    public static final String POINTS = "points";
    /** The {@link #MODEL} value of the 2-D model, and the {@link #TARGET} that uses the {@link #POINTS} setting. */
    public static final String MODEL_2D = "2d";
    public static final String DRAWN_TARGET = Targets.DRAWN;
    static final String NOISE_DIM = "noise-dim";
    static final String IMAGE_NOISE_DIM = "image-noise-dim";
    static final String HIDDEN_UNITS = "hidden-units";
    static final String LOSS = "loss";
    static final String LABEL_SMOOTHING = "label-smoothing";
    static final String D_STEPS = "d-steps";
    static final String BATCH_SIZE = "batch-size";
    static final String EPOCHS = "epochs";
    static final String GARMENT = "garment";
    static final String TRAIN_IMAGES = "train-images";
    static final String AUGMENT = "augment";

    static final TrainingOptimizer.Network GENERATOR = new TrainingOptimizer.Network("g", "Generator");
    static final TrainingOptimizer.Network DISCRIMINATOR = new TrainingOptimizer.Network("d", "Discriminator");
    /** Both networks' default learning rate and Adam options (see {@link #optimizerBlock}). */
    static final double DEFAULT_RATE = 1e-3;
    static final String DEFAULT_ADAM_OPTIONS = "beta1=0.5";
    static final String G_LR = GENERATOR.name(TrainingOptimizer.LEARNING_RATE);
    static final String D_LR = DISCRIMINATOR.name(TrainingOptimizer.LEARNING_RATE);

    /** Per-iteration metric ids; {@code loss} itself is the discriminator's loss. */
    public static final String G_LOSS = "g-loss";
    public static final String D_REAL = "d-real";
    public static final String D_FAKE = "d-fake";
    /** Per-epoch metric ids. */
    public static final String DISTANCE = "distance";
    public static final String DIVERSITY = "diversity";
    public static final String D_OVERFITTING = "d-overfitting";

    /** Probe ids. {@link #SAMPLES} is for the 2-D model, {@link #IMAGE_SAMPLES} for the image model; each model answers only its own. */
    public static final String DISCRIMINATOR_MAP = "discriminator-map";
    public static final String SAMPLES = "samples";
    public static final String MANIFOLD = "manifold";
    public static final String G_GRADIENTS = "g-gradients";
    public static final String IMAGE_SAMPLES = "image-samples";
    public static final String INTERPOLATION = "interpolation";
    /** Image model with augmentation only: real and generated images as D sees them, augmented. */
    public static final String D_VIEW = "d-view";

    /** The augmentation race: no augmentation against all of it, on a training set small enough for D to memorise. */
    static final String AUGMENTATION_RACE = "d-augmentation";
    static final int AUGMENTATION_RACE_IMAGES = 100;
    static final int AUGMENTATION_RACE_EPOCHS = 30;

    static final String GAN_LOSS_CHART = "gan-loss";
    static final String D_OUTPUT_CHART = "d-output";
    static final String DISTANCE_CHART = "distance";
    static final String DIVERSITY_CHART = "diversity";
    static final String D_OVERFITTING_CHART = "d-overfitting";

    /** Garment choices: "all" or a Fashion-MNIST class in lower case with dashes ("t-shirt-top", "ankle-boot"). */
    static final List<String> GARMENTS;

    static {
        List<String> garments = new ArrayList<>();
        garments.add("all");
        FashionMnist.CLASS_NAMES.forEach(name -> garments.add(garmentName(name)));
        GARMENTS = List.copyOf(garments);
    }

    private static final Metrics METRICS = new Metrics(List.of(
            new MetricSpec(Metrics.LOSS.id(), "D loss (the run's loss)", "", GAN_LOSS_CHART, Goal.LOWER_IS_BETTER,
                    Double.NaN, MetricSpec.Cadence.ITERATION),
            MetricSpec.perIteration(G_LOSS, "G loss", GAN_LOSS_CHART, Goal.LOWER_IS_BETTER),
            MetricSpec.perEpoch(Metrics.TRAIN_LOSS.id(), "D loss (epoch mean)", "", GAN_LOSS_CHART, Goal.LOWER_IS_BETTER),
            MetricSpec.perIteration(D_REAL, "D(real): D's output on real samples", D_OUTPUT_CHART, Goal.HIGHER_IS_BETTER),
            MetricSpec.perIteration(D_FAKE, "D(fake): D's output on generated samples", D_OUTPUT_CHART, Goal.HIGHER_IS_BETTER),
            // Image diversity (mean pairwise RMS pixel difference of generated images; absent for 2-D).
            MetricSpec.perEpoch(DIVERSITY, "Image diversity", "", DIVERSITY_CHART, Goal.HIGHER_IS_BETTER),
            // D(training images) - D(held-out images) (absent for 2-D): how far D has memorised its training set.
            MetricSpec.perEpoch(D_OVERFITTING, "D overfitting gap", "", D_OVERFITTING_CHART, Goal.LOWER_IS_BETTER),
            // Energy distance between real and generated samples; last, so the CLI's progress line shows it.
            MetricSpec.perEpoch(DISTANCE, "Energy distance", "", DISTANCE_CHART, Goal.LOWER_IS_BETTER)),
            DISTANCE, DISTANCE, null);

    private static final List<ProbeSpec> PROBES = List.of(
            new ProbeSpec(DISCRIMINATOR_MAP, "D(x) over the plane", ProbeRecord.Kind.GRID, 20, 4),
            new ProbeSpec(SAMPLES, "Real and generated samples", ProbeRecord.Kind.POINTS, 10, 8),
            new ProbeSpec(MANIFOLD, "Where a grid of noise lands", ProbeRecord.Kind.POINTS, 20, 4),
            new ProbeSpec(G_GRADIENTS, "Where G's gradient pushes its samples", ProbeRecord.Kind.POINTS, 20, 4),
            new ProbeSpec(IMAGE_SAMPLES, "Samples from a fixed noise batch", ProbeRecord.Kind.IMAGES, 50, 2),
            new ProbeSpec(INTERPOLATION, "Between two noise vectors", ProbeRecord.Kind.IMAGES, 100, 1),
            new ProbeSpec(D_VIEW, "What D sees (augmented)", ProbeRecord.Kind.IMAGES, 50, 2));

    private final LessonInfo info = new LessonInfo(ID, "Generative adversarial networks (GAN)",
            "A generator learns to imitate a distribution by fooling a discriminator: in the plane, then on clothing photos.",
            LessonCategory.GENERATIVE, LessonNotes.load(ID));
    private final List<HyperParameter> parameters = declareParameters();

    static String garmentName(String className) {
        return className.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static List<HyperParameter> declareParameters() {
        List<HyperParameter> p = new ArrayList<>();
        p.add(new ChoiceParameter(MODEL, "Model", "2d: points in the plane, where D and G can be drawn; image: Fashion-MNIST.",
                List.of(), "2d", List.of("2d", "image")));
        p.add(new ChoiceParameter(TARGET, "Target distribution", "What the 2-D generator must learn to imitate; "
                + "'drawn' uses the points setting.", List.of(), Targets.RING, Targets.NAMES));
        p.add(new TextParameter(POINTS, "Drawn points", "For target 'drawn': at least 10 points written x,y x,y ...",
                List.of(), ""));
        p.add(new IntegerParameter(NOISE_DIM, "Noise dimensions (2-D)", "Size of the 2-D generator's random input.",
                List.of(), 2, 2, 8));
        p.add(new IntegerParameter(IMAGE_NOISE_DIM, "Noise dimensions (image)", "Size of the image generator's random input.",
                List.of(), 64, 8, 256));
        p.add(new IntegerParameter(HIDDEN_UNITS, "Hidden units (2-D)", "Neurons in each of the two hidden layers of the 2-D G and D.",
                List.of("hidden"), 64, 4, 512));
        p.add(new ChoiceParameter(LOSS, "GAN loss", "non-saturating (G maximises log D), minimax (G minimises log(1-D)) "
                + "or least-squares.", List.of(), GanLoss.NON_SATURATING.cliName(), GanLoss.cliNames()));
        p.add(new FlagParameter(LABEL_SMOOTHING, "Label smoothing", "Train D towards 0.9 instead of 1 on real samples.",
                List.of(), false));
        p.add(new IntegerParameter(D_STEPS, "D steps per G step (k)", "Discriminator updates before each generator update.",
                List.of("k"), 1, 1, 10));
        p.add(new IntegerParameter(BATCH_SIZE, "Batch size", "Real and generated samples per update (each).",
                List.of("batch"), 64, 8, 512));
        p.add(new IntegerParameter(EPOCHS, "Epochs", "An epoch here is " + GanSession.ITERATIONS_PER_EPOCH
                + " updates (k D steps and one G step each).", List.of(), 20, 1, 1000));
        p.add(new ChoiceParameter(GARMENT, "Garment (image)", "Which Fashion-MNIST class the image GAN learns, or all.",
                List.of("class"), "trouser", GARMENTS));
        p.add(dev.workbench.lessons.engine.EarlyStopping.parameter());
        p.add(new IntegerParameter(TRAIN_IMAGES, "Training images (image)", "Use at most this many real images; "
                + "try 100 with and without augmentation.", List.of(), 10_000, 16, 60_000));
        p.add(new ChoiceParameter(AUGMENT, "D augmentation (image)", "Differentiable augmentation applied to everything D "
                + "sees, real and generated.", List.of(), "off", List.of("off", "brightness", "translation", "cutout", "all")));
        p.addAll(optimizerBlock(GENERATOR));
        p.addAll(optimizerBlock(DISCRIMINATOR));
        return List.copyOf(p);
    }

    /**
     * Adam at {@value #DEFAULT_RATE} with {@value #DEFAULT_ADAM_OPTIONS}, as DCGAN recommends: the
     * default momentum (beta1 = 0.9) carries each player's old direction while the other player has
     * already moved, and makes the game oscillate. Measured here: on the ring after 2,000 steps
     * the samples' radius was 1.94 +- 0.48 with Adam 2e-4 and default betas, 1.95 +- 0.11 with these.
     */
    private static List<HyperParameter> optimizerBlock(TrainingOptimizer.Network network) {
        String options = network.name(TrainingOptimizer.OPTIONS);
        return TrainingOptimizer.parameters(network, "adam", DEFAULT_RATE, 1).stream()
                .map(parameter -> parameter instanceof TextParameter text && text.name().equals(options)
                        ? new TextParameter(text.name(), text.label(), text.description(), text.aliases(),
                                DEFAULT_ADAM_OPTIONS, text.check())
                        : parameter)
                .toList();
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
     * The run's {@code loss} is the discriminator's loss (what divergence checks watch and what
     * the epoch mean averages); races rank by the energy distance, because neither loss says
     * whether the generator is any good.
     */
    @Override
    public Metrics metrics() {
        return METRICS;
    }

    @Override
    public List<ProbeSpec> probes() {
        return PROBES;
    }

    /** Diversity and D's overfitting gap are measured on images only. */
    @Override
    public Metrics metrics(Settings settings) {
        return isImageModel(settings) ? METRICS : METRICS.without(DIVERSITY, D_OVERFITTING);
    }

    /**
     * The plane views for the 2-D model, the image grids for the image model, and what D sees only
     * when D's view is augmented (without augmentation it is just the real images and the samples).
     */
    @Override
    public List<ProbeSpec> probes(Settings settings) {
        List<String> imageOnly = List.of(IMAGE_SAMPLES, INTERPOLATION, D_VIEW);
        boolean image = isImageModel(settings);
        boolean augmented = settings.values().get(AUGMENT) instanceof String augment && !"off".equals(augment);
        return PROBES.stream()
                .filter(probe -> imageOnly.contains(probe.id()) == image)
                .filter(probe -> augmented || !probe.id().equals(D_VIEW))
                .toList();
    }

    /** The image model's samples from fixed noise, so a CLI run leaves a picture of its progress. */
    @Override
    public java.util.Optional<String> savedSamples(Settings settings) {
        return isImageModel(settings) ? java.util.Optional.of(IMAGE_SAMPLES) : java.util.Optional.empty();
    }

    private static boolean isImageModel(Settings settings) {
        return "image".equals(settings.values().get(MODEL));
    }

    @Override
    public DivergenceRule divergenceRule() {
        return new GanDivergenceRule();
    }

    /** Each network's learning rate (TTUR by hand, while it trains) when no schedule sets it; the rest needs a new run. */
    @Override
    public java.util.Set<String> liveParameters(Settings settings) {
        java.util.Set<String> live = new java.util.HashSet<>(TrainingOptimizer.liveParameters(settings, GENERATOR));
        live.addAll(TrainingOptimizer.liveParameters(settings, DISCRIMINATOR));
        return live;
    }

    @Override
    public List<Comparison> comparisons() {
        return List.of(
                new Comparison("mode-collapse", "Mode collapse on the grid of Gaussians",
                        "25 modes: a healthy setting against a generator that learns ten times faster than its "
                                + "discriminator, and against k=1 with a weak discriminator.",
                        Map.of(TARGET, Targets.GRID, EPOCHS, "20"),
                        List.of(lane("healthy (k=2, G 5e-4)", D_STEPS, "2", G_LR, "5e-4", D_LR, "1e-3"),
                                lane("G lr 10x (1e-2)", D_STEPS, "1", G_LR, "1e-2", D_LR, "1e-3"),
                                lane("k=1, slow D (1e-4)", D_STEPS, "1", G_LR, "1e-3", D_LR, "1e-4")),
                        0, false),
                new Comparison("d-too-strong", "A discriminator that is too strong",
                        "D trained 5 times per G step with a 10x learning rate: with the minimax loss G's gradient "
                                + "vanishes, the non-saturating loss keeps it learning.",
                        Map.of(TARGET, Targets.RING),
                        List.of(lane("balanced", D_STEPS, "1", D_LR, "1e-3", LOSS, "non-saturating"),
                                lane("strong D, minimax", D_STEPS, "5", D_LR, "1e-2", LOSS, "minimax"),
                                lane("strong D, non-saturating", D_STEPS, "5", D_LR, "1e-2", LOSS, "non-saturating")),
                        0, false),
                new Comparison("loss-type", "Minimax vs non-saturating vs least squares",
                        "The same networks, data and seed with each of the three GAN losses.",
                        Map.of(),
                        List.of(lane("minimax", LOSS, "minimax"),
                                lane("non-saturating", LOSS, "non-saturating"),
                                lane("least squares", LOSS, "least-squares")),
                        0, false),
                new Comparison("learning-rates", "Learning rates of G and D",
                        "Equal small, equal large, and a faster discriminator (two time-scale rule, TTUR).",
                        Map.of(),
                        List.of(lane("both 1e-4", G_LR, "1e-4", D_LR, "1e-4"),
                                lane("both 1e-3", G_LR, "1e-3", D_LR, "1e-3"),
                                lane("both 1e-2", G_LR, "1e-2", D_LR, "1e-2"),
                                lane("TTUR: G 5e-4, D 2e-3", G_LR, "5e-4", D_LR, "2e-3")),
                        0, false),
                augmentationRace());
    }

    /**
     * The small-data experiment of DiffAugment (Zhao et al. 2020) and ADA (Karras et al. 2020): on
     * a hundred images D memorises the training set unless what it sees is augmented. The papers'
     * low-data runs augment colour, translation and cutout together, so the augmented lane uses all
     * three. Measured here (trousers, seed 42, CLI runs, 4-5 s an epoch per lane on a quiet
     * machine): without augmentation D's overfitting gap grew 0.02, 0.14 (epoch 10), 0.42 (20),
     * 0.52 (30), and the energy distance to held-out trousers bottomed at 0.49 in epoch 21 and rose
     * to 0.69 by epoch 30; with augmentation the gap stayed within +-0.007 while its distance fell
     * slowly, 6.3 to 1.0-1.5 at epochs 19-21 and 1.01 at epoch 30. So the race shows D memorising
     * and augmentation preventing it; better samples from the augmented lane need a longer run.
     */
    private static Comparison augmentationRace() {
        return new Comparison(AUGMENTATION_RACE, "Augmenting D's view on " + AUGMENTATION_RACE_IMAGES + " images",
                "Watch the D overfitting gap (D on its " + AUGMENTATION_RACE_IMAGES + " training trousers minus D on "
                        + "held-out ones): without augmentation it climbs towards 0.5 as D memorises them; with every "
                        + "image D sees (real and generated) randomly re-lit, shifted and cut out, it stays near 0. "
                        + "From about epoch 20 the plain lane's energy distance rises again, yet it still ranks first "
                        + "in a race this short: augmentation's better samples need longer runs.",
                Map.of(MODEL, "image", GARMENT, "trouser", TRAIN_IMAGES, Integer.toString(AUGMENTATION_RACE_IMAGES),
                        EPOCHS, Integer.toString(AUGMENTATION_RACE_EPOCHS)),
                List.of(lane("no augmentation", AUGMENT, "off"),
                        lane("augmentation", AUGMENT, "all")),
                0, false);
    }

    private static Comparison.Lane lane(String label, String... keyValues) {
        Map<String, String> overrides = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            overrides.put(keyValues[i], keyValues[i + 1]);
        }
        return new Comparison.Lane(label, overrides);
    }

    @Override
    public GanSession prepare(Settings settings) throws LessonException {
        GanSettings gan;
        try {
            gan = GanSettings.from(settings);
        } catch (IllegalArgumentException e) {
            throw new LessonException(e.getMessage());
        }
        return GanSession.create(this, settings, gan);
    }

    /** A session with both networks of a checkpoint, to generate from or train further. */
    @Override
    public GanSession restore(Checkpoints.Checkpoint checkpoint) throws LessonException {
        GanSession session = prepare(checkpointSettings(checkpoint));
        try {
            session.load(checkpoint);
            return session;
        } catch (LessonException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Adam at a learning rate of 1 for both: the discriminator's units die and its loss freezes. */
    @Override
    public Map<String, String> divergentSettings() {
        return Map.of("d-optimizer", "adam", "d-learning-rate", "1", "g-optimizer", "adam", "g-learning-rate", "1",
                "epochs", "3");
    }
}
