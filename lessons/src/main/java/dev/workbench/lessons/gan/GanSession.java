package dev.workbench.lessons.gan;

import dev.workbench.lessons.kit.OwnGradientUpdates;
import dev.workbench.lessons.data.FashionMnist;
import dev.workbench.lessons.data.LabeledImages;
import dev.workbench.lessons.data.PointSet;
import dev.workbench.lessons.data.PointSets;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.kit.Architectures;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.ParameterSnapshot;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.StepResult;
import dev.workbench.lessons.engine.SubStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A generator and a discriminator being trained against each other. One {@link #trainStep()} is
 * k discriminator updates and one generator update; the sub-steps {@value #STEP_D} and
 * {@value #STEP_G} run one of them alone (each counts as one iteration).
 *
 * <p>Probe encodings (the records are generic, so what the points mean is stated here):
 * <ul>
 *   <li>{@link GanLesson#DISCRIMINATOR_MAP}: a {@link ProbeRecord.Grid} of D's output over a square
 *       box around the target (for least squares, D's raw output, which is near 1 for real and 0 for fake).</li>
 *   <li>{@link GanLesson#SAMPLES}: {@link ProbeRecord.Points}, groups "real" (0) and "generated" (1).</li>
 *   <li>{@link GanLesson#MANIFOLD}: where a regular {@value #MESH}x{@value #MESH} grid of noise lands
 *       (the first two noise values vary over [-1, 1], the others are 0). Point {@code j*MESH + i}
 *       is noise column {@code i} of row {@code j}; group {@code j} is row {@code j}, so each group in
 *       point order is one polyline of the warped mesh, and the i-th points of all groups form the
 *       other direction.</li>
 *   <li>{@link GanLesson#G_GRADIENTS}: arrows as pairs of points: point {@code 2a} (group "sample")
 *       is a generated sample, point {@code 2a+1} (group "push") is where the generator's gradient
 *       pushes it, $x - s \, \partial L_G / \partial x$, with one scale {@code s} for all arrows so that
 *       the longest is a tenth of the box.</li>
 *   <li>{@link GanLesson#IMAGE_SAMPLES} and {@link GanLesson#INTERPOLATION} (image model only):
 *       {@link ProbeRecord.Images} from fixed noise, so the student sees the same garments sharpen.</li>
 *   <li>{@link GanLesson#D_VIEW} (image model with augmentation only): {@link ProbeRecord.Images},
 *       one row of real images captioned "real" over one row of generated ones captioned
 *       "generated", after D's augmentation.</li>
 * </ul>
 * Each model answers only the probes that make sense for it and returns empty for the others.
 */
public final class GanSession implements LessonSession {
    /** Network names in checkpoints. */
    static final String GENERATOR = "generator";
    static final String DISCRIMINATOR = "discriminator";

    /** An epoch is this many iterations; there is no natural "pass over the data" for a generator. */
    public static final int ITERATIONS_PER_EPOCH = 100;
    public static final String STEP_D = "step-d";
    public static final String STEP_G = "step-g";
    static final int MESH = 15;
    static final int MAP_RESOLUTION = 41;
    static final int PLOTTED_SAMPLES = 500;
    static final int ARROWS = 64;
    static final int IMAGE_GRID = 16;
    static final int INTERPOLATION_STEPS = 8;
    /** Real images, then as many generated ones, in the {@link GanLesson#D_VIEW} probe. */
    static final int D_VIEW_IMAGES = 8;
    /** Samples the 2-D energy distance compares (each side). */
    static final int DISTANCE_SAMPLES_2D = 1000;
    /** At most this many held-out images (the shipped validation split has 200 per garment). */
    static final int HELD_OUT_IMAGES = 256;
    static final int DIVERSITY_SAMPLES = 64;
    static final int IMAGE_SIDE = 28;

    private final GanLesson lesson;
    private Settings settings;
    private GanSettings gan;
    private final GanTrainer trainer;
    private final RealData real;
    private final Random noiseRandom;
    private final double[] box;
    /** Real samples the energy distance compares with: the 2-D pool, or held-out images never trained on. */
    private final float[][] referenceReal;
    /** Image model: as many training images as held-out ones, for {@link #overfittingGap()}; null for 2-D. */
    private final INDArray overfittingSeen;
    private final INDArray overfittingUnseen;
    private final INDArray evaluationNoise;
    private final INDArray plotNoise;
    private double lastDLoss = Double.NaN;

    private GanSession(GanLesson lesson, Settings settings, GanSettings gan, GanTrainer trainer, RealData real,
                       double[] box, float[][] heldOut) {
        this.lesson = lesson;
        this.settings = settings;
        this.gan = gan;
        this.trainer = trainer;
        this.real = real;
        this.box = box;
        Random fixed = new Random(settings.seed() + 17);
        boolean image = gan.model() == GanSettings.Model.IMAGE;
        this.referenceReal = image ? heldOut : real.reference(DISTANCE_SAMPLES_2D);
        this.evaluationNoise = noise(referenceReal.length, fixed);
        this.plotNoise = noise(image ? IMAGE_GRID : PLOTTED_SAMPLES, fixed);
        this.noiseRandom = new Random(settings.seed() + 3);
        if (image) {
            int n = Math.min(heldOut.length, real.size());
            this.overfittingSeen = Nd4j.create(real.reference(n));
            this.overfittingUnseen = Nd4j.create(java.util.Arrays.copyOf(heldOut, n));
        } else {
            this.overfittingSeen = null;
            this.overfittingUnseen = null;
        }
    }

    static GanSession create(GanLesson lesson, Settings settings, GanSettings gan) throws LessonException {
        long seed = settings.seed();
        var gUpdater = gan.generator().updater(gan.epochs(), ITERATIONS_PER_EPOCH);
        var dUpdater = gan.discriminator().updater(gan.epochs(), ITERATIONS_PER_EPOCH * gan.dSteps());
        if (gan.model() == GanSettings.Model.POINTS_2D) {
            PointSet pool = Targets.pool(gan.target(), gan.points(), seed);
            MultiLayerNetwork g = GanNetworks.pointGenerator(gan.noiseDim(), gan.hiddenUnits(), gUpdater, seed);
            MultiLayerNetwork d = GanNetworks.pointDiscriminator(gan.hiddenUnits(), gan.loss(), dUpdater, seed + 1);
            GanTrainer trainer = new GanTrainer(g, d, gan.loss(), gan.labelSmoothing(),
                    new DiffAugment(DiffAugment.Policy.OFF, 1, 2, seed));
            return new GanSession(lesson, settings, gan, trainer, RealData.points(pool, seed + 1), Targets.box(pool), null);
        }
        FashionMnist.Splits splits = FashionMnist.shipped();
        LabeledImages images = images(splits.train(), gan);
        int pixels = images.imageSize();
        MultiLayerNetwork g = GanNetworks.imageGenerator(gan.imageNoiseDim(), pixels, gUpdater, seed);
        MultiLayerNetwork d = GanNetworks.imageDiscriminator(pixels, gan.loss(), dUpdater, seed + 1);
        GanTrainer trainer = new GanTrainer(g, d, gan.loss(), gan.labelSmoothing(),
                new DiffAugment(gan.augment(), images.cols(), images.rows(), seed + 5));
        return new GanSession(lesson, settings, gan, trainer, RealData.images(images, seed + 1), null,
                heldOut(splits.validation(), gan));
    }

    private static LabeledImages images(LabeledImages all, GanSettings gan) throws LessonException {
        LabeledImages train = garment(all, gan, gan.trainImages());
        if (train.size() < gan.batchSize()) {
            throw new LessonException("Only " + train.size() + " training images of " + gan.garment()
                    + " are available, fewer than the batch size " + gan.batchSize() + ".");
        }
        return train;
    }

    /** Real images of the run's garment that it never trains on, from the validation split. */
    private static float[][] heldOut(LabeledImages validation, GanSettings gan) {
        LabeledImages held = garment(validation, gan, HELD_OUT_IMAGES);
        float[][] rows = new float[held.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = held.image(i);
        }
        return rows;
    }

    /** The first {@code limit} images of the run's garment (all classes for "all"). */
    private static LabeledImages garment(LabeledImages images, GanSettings gan, int limit) {
        int wanted = GanLesson.GARMENTS.indexOf(gan.garment()) - 1;
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < images.size() && chosen.size() < limit; i++) {
            if (wanted < 0 || images.label(i) == wanted) {
                chosen.add(i);
            }
        }
        return images.select(chosen.stream().mapToInt(Integer::intValue).toArray());
    }

    // ---- training -------------------------------------------------------------------------------

    @Override
    public StepResult trainStep() {
        double dLoss = 0;
        GanTrainer.DStep last = null;
        for (int i = 0; i < gan.dSteps(); i++) {
            last = stepD();
            dLoss += last.loss();
        }
        GanTrainer.GStep g = trainer.stepGenerator(noise(gan.batchSize(), noiseRandom));
        lastDLoss = dLoss / gan.dSteps();
        return new StepResult(lastDLoss, Map.of(GanLesson.G_LOSS, g.loss(), GanLesson.D_REAL, last.dReal(),
                GanLesson.D_FAKE, last.dFake()));
    }

    @Override
    public double trainIteration() {
        return trainStep().loss();
    }

    @Override
    public List<SubStep> subSteps() {
        return List.of(new SubStep(STEP_D, "Step D", "d"), new SubStep(STEP_G, "Step G", "g"));
    }

    @Override
    public StepResult runSubStep(String id) {
        if (STEP_D.equals(id)) {
            GanTrainer.DStep d = stepD();
            lastDLoss = d.loss();
            return new StepResult(d.loss(), Map.of(GanLesson.D_REAL, d.dReal(), GanLesson.D_FAKE, d.dFake()));
        }
        if (STEP_G.equals(id)) {
            GanTrainer.GStep g = trainer.stepGenerator(noise(gan.batchSize(), noiseRandom));
            if (Double.isNaN(lastDLoss)) {
                lastDLoss = currentDLoss();
            }
            // D did not change, so the run's loss (D's) is the last one measured.
            return new StepResult(lastDLoss, Map.of(GanLesson.G_LOSS, g.loss(), GanLesson.D_FAKE, g.dFake()));
        }
        throw new IllegalArgumentException("the GAN lesson has no sub-step '" + id + "': " + STEP_D + ", " + STEP_G);
    }

    private GanTrainer.DStep stepD() {
        return trainer.stepDiscriminator(real.batch(gan.batchSize()), noise(gan.batchSize(), noiseRandom));
    }

    /** D's loss on a fresh batch without updating anything (for a G step before any D step). */
    private double currentDLoss() {
        INDArray realBatch = real.batch(gan.batchSize());
        INDArray fake = trainer.generator().output(noise(gan.batchSize(), noiseRandom), false);
        INDArray labels = Nd4j.vstack(Nd4j.ones(DataType.FLOAT, realBatch.rows(), 1), Nd4j.zeros(DataType.FLOAT, fake.rows(), 1));
        return trainer.discriminator().score(new DataSet(Nd4j.vstack(realBatch, fake.castTo(realBatch.dataType())), labels));
    }

    /** Generator input: uniform in [-1, 1] for the 2-D model (so a grid of noise is a square), Gaussian for images. */
    private INDArray noise(int n, Random random) {
        int latent = gan.latent();
        float[] values = new float[n * latent];
        boolean uniform = gan.model() == GanSettings.Model.POINTS_2D;
        for (int i = 0; i < values.length; i++) {
            values[i] = uniform ? (float) (2 * random.nextDouble() - 1) : (float) random.nextGaussian();
        }
        return Nd4j.create(values, new long[]{n, latent});
    }

    // ---- engine contract ------------------------------------------------------------------------

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public int epochs() {
        return gan.epochs();
    }

    @Override
    public int iterationsPerEpoch() {
        return ITERATIONS_PER_EPOCH;
    }

    @Override
    public int samplesPerIteration() {
        return gan.batchSize() * gan.dSteps();
    }

    @Override
    public void startEpoch(int epoch) {
        // Real samples are drawn continuously (points with replacement, images in reshuffled passes).
    }

    /**
     * The energy distance between real and generated samples (both models) and, for images, the
     * diversity and D's overfitting gap.
     */
    @Override
    public EpochEvaluation evaluate() {
        Map<String, Double> values = new HashMap<>();
        values.put(GanLesson.DISTANCE, distance());
        if (gan.model() == GanSettings.Model.IMAGE) {
            values.put(GanLesson.DIVERSITY, diversity());
            values.put(GanLesson.D_OVERFITTING, overfittingGap());
        }
        return EpochEvaluation.of(values);
    }

    /**
     * How much more "real" D finds the images it trains on than real images it has never seen:
     * mean D(x) over training images minus mean D(x) over as many held-out images of the same
     * garment, both as they are (not augmented). Near 0 while D judges what real clothes look
     * like; growing towards 1 when D has memorised its training set (the overfitting heuristic
     * of ADA, Karras et al. 2020, measured on a held-out set). Image model only.
     */
    double overfittingGap() {
        MultiLayerNetwork d = trainer.discriminator();
        return d.output(overfittingSeen, false).meanNumber().doubleValue()
                - d.output(overfittingUnseen, false).meanNumber().doubleValue();
    }

    /** Energy distance between the fixed reference set (held-out images for the image model) and as many samples from fixed noise. */
    double distance() {
        return Distances.energy(referenceReal, rows(trainer.generator().output(evaluationNoise, false)));
    }

    /** Mean pairwise RMS difference of generated samples from fixed noise. */
    double diversity() {
        INDArray noise = evaluationNoise.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0,
                Math.min(DIVERSITY_SAMPLES, evaluationNoise.rows())), org.nd4j.linalg.indexing.NDArrayIndex.all());
        return Distances.diversity(rows(trainer.generator().output(noise, false)));
    }

    @Override
    public String divergenceHint() {
        return "generator " + gan.generator().describe() + ", discriminator " + gan.discriminator().describe();
    }

    /**
     * A live change of the generator's or the discriminator's learning rate (see
     * {@link GanLesson#liveParameters}): each network's updater takes its new rate and keeps its state.
     */
    @Override
    public void applyLiveSettings(Settings next) {
        GanSettings updated = GanSettings.from(next);
        if (updated.generator().learningRate() != gan.generator().learningRate()) {
            OwnGradientUpdates.setLearningRate(trainer.generator(), updated.generator().learningRate());
        }
        if (updated.discriminator().learningRate() != gan.discriminator().learningRate()) {
            OwnGradientUpdates.setLearningRate(trainer.discriminator(), updated.discriminator().learningRate());
        }
        settings = next;
        gan = updated;
    }

    /** The generator's and the discriminator's learning rates as their updaters use them now. */
    double[] currentLearningRates() {
        return new double[] {firstRate(trainer.generator()), firstRate(trainer.discriminator())};
    }

    private static double firstRate(MultiLayerNetwork net) {
        for (int i = 0; i < net.getnLayers(); i++) {
            Double rate = net.getLearningRate(i);
            if (rate != null) {
                return rate;
            }
        }
        return Double.NaN;
    }

    /** Both networks, the generator first, in one checkpoint with the settings. */
    @Override
    public void saveCheckpoint(Path file) throws IOException {
        Map<String, MultiLayerNetwork> networks = new java.util.LinkedHashMap<>();
        networks.put(GENERATOR, trainer.generator());
        networks.put(DISCRIMINATOR, trainer.discriminator());
        Checkpoints.save(networks, settings, lesson, file);
    }

    /**
     * Puts a checkpoint's trained weights into this session's networks, after checking that they
     * are the networks its settings describe. The optimizers start afresh.
     */
    void load(Checkpoints.Checkpoint checkpoint) throws LessonException {
        MultiLayerNetwork generator = checkpoint.multiLayerNetwork(GENERATOR);
        MultiLayerNetwork discriminator = checkpoint.multiLayerNetwork(DISCRIMINATOR);
        for (var pair : List.of(Map.entry(trainer.generator(), generator), Map.entry(trainer.discriminator(), discriminator))) {
            Optional<String> mismatch = Architectures.mismatch(pair.getKey(), pair.getValue());
            if (mismatch.isPresent()) {
                throw new LessonException("The checkpoint's settings do not match its networks: " + mismatch.get() + ".");
            }
        }
        trainer.generator().setParams(generator.params().dup());
        trainer.discriminator().setParams(discriminator.params().dup());
    }

    @Override
    public Optional<ParameterSnapshot> snapshot() {
        INDArray g = trainer.generator().params().dup();
        INDArray d = trainer.discriminator().params().dup();
        return Optional.of(() -> {
            trainer.generator().setParams(g.dup());
            trainer.discriminator().setParams(d.dup());
        });
    }

    /**
     * Samples from the in-memory generator for {@code count} noise vectors drawn with {@code noiseSeed}:
     * the same seed gives the same noise, so the same generator gives the same samples. Rows are
     * points (x, y) or images (784 values in [0, 1]).
     */
    public float[][] generate(int count, long noiseSeed) {
        return rows(trainer.generator().output(noise(count, new Random(noiseSeed)), false));
    }

    // ---- probes ---------------------------------------------------------------------------------

    @Override
    public Optional<ProbeRecord> probe(String probeId) {
        boolean points = gan.model() == GanSettings.Model.POINTS_2D;
        return switch (probeId) {
            case GanLesson.DISCRIMINATOR_MAP -> points ? Optional.of(discriminatorMap()) : Optional.empty();
            case GanLesson.SAMPLES -> points ? Optional.of(samples()) : Optional.empty();
            case GanLesson.MANIFOLD -> points ? Optional.of(manifold()) : Optional.empty();
            case GanLesson.G_GRADIENTS -> points ? Optional.of(generatorGradients()) : Optional.empty();
            case GanLesson.IMAGE_SAMPLES -> points ? Optional.empty() : Optional.of(imageSamples());
            case GanLesson.INTERPOLATION -> points ? Optional.empty() : Optional.of(interpolation());
            case GanLesson.D_VIEW -> points || !gan.augment().any() ? Optional.empty() : Optional.of(discriminatorView());
            default -> Optional.empty();
        };
    }

    private ProbeRecord.Grid discriminatorMap() {
        INDArray grid = PointSets.grid(box[0], box[1], box[2], box[3], MAP_RESOLUTION);
        double[] values = trainer.discriminator().output(grid, false).toDoubleVector();
        return new ProbeRecord.Grid(MAP_RESOLUTION, MAP_RESOLUTION, box[0], box[1], box[2], box[3], values);
    }

    private ProbeRecord.Points samples() {
        float[][] realRows = real.reference(PLOTTED_SAMPLES);
        float[][] fakeRows = rows(trainer.generator().output(plotNoise, false));
        int n = realRows.length + fakeRows.length;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            float[] p = i < realRows.length ? realRows[i] : fakeRows[i - realRows.length];
            x[i] = p[0];
            y[i] = p[1];
            group[i] = i < realRows.length ? 0 : 1;
        }
        return new ProbeRecord.Points(x, y, group, List.of("real", "generated"));
    }

    private ProbeRecord.Points manifold() {
        int latent = gan.latent();
        float[] values = new float[MESH * MESH * latent];
        for (int j = 0; j < MESH; j++) {
            for (int i = 0; i < MESH; i++) {
                int row = j * MESH + i;
                values[row * latent] = -1f + 2f * i / (MESH - 1);
                values[row * latent + 1] = -1f + 2f * j / (MESH - 1);
            }
        }
        float[][] landed = rows(trainer.generator().output(Nd4j.create(values, new long[]{MESH * MESH, latent}), false));
        double[] x = new double[landed.length];
        double[] y = new double[landed.length];
        int[] group = new int[landed.length];
        List<String> groups = new ArrayList<>();
        for (int j = 0; j < MESH; j++) {
            groups.add("row " + j);
        }
        for (int k = 0; k < landed.length; k++) {
            x[k] = landed[k][0];
            y[k] = landed[k][1];
            group[k] = k / MESH;
        }
        return new ProbeRecord.Points(x, y, group, groups);
    }

    private ProbeRecord.Points generatorGradients() {
        INDArray noise = plotNoise.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, ARROWS),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        GanTrainer.Gradients gradients = trainer.generatorGradients(noise);
        float[][] samples = rows(gradients.samples());
        float[][] push = rows(gradients.sampleGradient());
        double longest = 0;
        for (float[] g : push) {
            longest = Math.max(longest, Math.hypot(g[0], g[1]));
        }
        double scale = longest > 0 ? 0.1 * (box[1] - box[0]) / longest : 0;
        double[] x = new double[2 * samples.length];
        double[] y = new double[2 * samples.length];
        int[] group = new int[2 * samples.length];
        for (int a = 0; a < samples.length; a++) {
            x[2 * a] = samples[a][0];
            y[2 * a] = samples[a][1];
            x[2 * a + 1] = samples[a][0] - scale * push[a][0];
            y[2 * a + 1] = samples[a][1] - scale * push[a][1];
            group[2 * a + 1] = 1;
        }
        return new ProbeRecord.Points(x, y, group, List.of("sample", "push"));
    }

    private ProbeRecord.Images imageSamples() {
        float[][] images = rows(trainer.generator().output(plotNoise, false));
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < images.length; i++) {
            captions.add("z" + (i + 1));
        }
        return new ProbeRecord.Images(IMAGE_SIDE, IMAGE_SIDE, List.of(images), captions, 8);
    }

    private ProbeRecord.Images interpolation() {
        INDArray from = plotNoise.getRow(0, true);
        INDArray to = plotNoise.getRow(1, true);
        INDArray path = Nd4j.create(DataType.FLOAT, INTERPOLATION_STEPS, from.columns());
        List<String> captions = new ArrayList<>();
        for (int s = 0; s < INTERPOLATION_STEPS; s++) {
            double t = s / (double) (INTERPOLATION_STEPS - 1);
            path.putRow(s, from.mul(1 - t).addi(to.mul(t)));
            captions.add(String.format(java.util.Locale.ROOT, "t=%.2f", t));
        }
        return new ProbeRecord.Images(IMAGE_SIDE, IMAGE_SIDE, List.of(rows(trainer.generator().output(path, false))),
                captions, captions.size());
    }

    /**
     * The first {@value #D_VIEW_IMAGES} real images over the first {@value #D_VIEW_IMAGES} samples
     * from the fixed noise, through the transforms D gets in training. The transforms come from
     * their own fixed seed, the same on every call (so the picture changes only as G learns), and
     * never from the trainer's random stream (so watching does not change the run). Pixels are
     * clamped to [0, 1] for display only; D sees the brightness change unclamped.
     */
    private ProbeRecord.Images discriminatorView() {
        float[][] realRows = real.reference(D_VIEW_IMAGES);
        INDArray noise = plotNoise.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, D_VIEW_IMAGES),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        INDArray fake = trainer.generator().output(noise, false).castTo(DataType.FLOAT);
        INDArray both = Nd4j.vstack(Nd4j.create(realRows), fake);
        DiffAugment augment = new DiffAugment(gan.augment(), IMAGE_SIDE, IMAGE_SIDE, settings.seed() + 29);
        float[][] seen = rows(augment.draw((int) both.rows()).forward(both));
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < seen.length; i++) {
            for (int p = 0; p < seen[i].length; p++) {
                seen[i][p] = Math.min(1f, Math.max(0f, seen[i][p]));
            }
            captions.add(i < realRows.length ? "real" : "generated");
        }
        return new ProbeRecord.Images(IMAGE_SIDE, IMAGE_SIDE, List.of(seen), captions, realRows.length);
    }

    private static float[][] rows(INDArray matrix) {
        return matrix.castTo(DataType.FLOAT).toFloatMatrix();
    }

    // ---- for tests ------------------------------------------------------------------------------

    MultiLayerNetwork generator() {
        return trainer.generator();
    }

    MultiLayerNetwork discriminator() {
        return trainer.discriminator();
    }

    GanSettings gan() {
        return gan;
    }

    /** The first {@code n} real images (or points) as they are, before any augmentation. */
    float[][] realReference(int n) {
        return real.reference(n);
    }
}
