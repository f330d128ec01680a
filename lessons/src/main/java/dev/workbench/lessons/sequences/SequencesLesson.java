package dev.workbench.lessons.sequences;

import dev.workbench.lessons.kit.RecurrentCell;
import dev.workbench.lessons.augment.series.SeriesAugmentationText;
import dev.workbench.lessons.data.DatasetLocator;
import dev.workbench.lessons.data.MissingValues;
import dev.workbench.lessons.data.Series;
import dev.workbench.lessons.data.SeriesCsv;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.DivergenceRule;
import dev.workbench.lessons.engine.EarlyStopping;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.ChoiceParameter;
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
import dev.workbench.lessons.engine.Validation;
import dev.workbench.lessons.insight.MemoryHorizon;
import dev.workbench.lessons.kit.Architectures;
import dev.workbench.lessons.optim.TrainingOptimizer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sequences: a recurrent network (LSTM or plain RNN) forecasts a real series, the Seattle hourly
 * temperatures by default, and is measured in the series' own unit against persistence, seasonal
 * naive and a least-squares autoregression. Probes show the forecast over the validation period,
 * how far back the loss's gradient reaches (the memory horizon) and the last hidden state.
 */
public final class SequencesLesson implements Lesson {
    public static final String ID = "sequences";

    public static final String SERIES = "series";
    public static final String CELL = "cell";
    public static final String WINDOW = "window";
    public static final String HORIZON = "horizon";
    public static final String HIDDEN = "hidden-size";
    public static final String LAYERS = "layers";
    public static final String BATCH_SIZE = "batch-size";
    public static final String EPOCHS = "epochs";
    public static final String AUGMENTATION = "augmentation";
    public static final String DATA_DIR = "data-dir";

    /** Epoch metrics, by id; errors in the series' own unit. */
    public static final String VALIDATION_MAE = "validation-mae";
    public static final String VALIDATION_RMSE = "validation-rmse";
    public static final String PERSISTENCE_MAE = "persistence-mae";
    public static final String SEASONAL_MAE = "seasonal-naive-mae";
    public static final String AUTOREGRESSION_MAE = "autoregression-mae";
    static final String ERROR_CHART = "forecast-error";

    /** Probes, by id. */
    public static final String FORECAST = "forecast";
    public static final String MEMORY_HORIZON = MemoryHorizon.PROBE_ID;
    public static final String HIDDEN_STATE = "hidden-state";

    static final int DEFAULT_WINDOW = 24;
    static final int DEFAULT_HIDDEN = 16;
    static final int DEFAULT_EPOCHS = 3;
    static final int DEFAULT_BATCH = 32;
    /** Adam at 0.005 only ties persistence on the Seattle test period after 3 epochs; 0.02 beats it after 1. */
    static final double DEFAULT_LEARNING_RATE = 0.02;

    private final LessonInfo info = new LessonInfo(ID, "Sequences: RNN and LSTM",
            "A recurrent network forecasts real series (Seattle temperatures, CO2, sunspots) and must beat "
                    + "the naive forecasts; see how far back its memory reaches.",
            LessonCategory.SEQUENCES, LessonNotes.load(ID));
    private final List<HyperParameter> parameters = buildParameters();

    private static List<HyperParameter> buildParameters() {
        List<HyperParameter> parameters = new ArrayList<>(TrainingOptimizer.parameters("adam", DEFAULT_LEARNING_RATE, 10.0));
        parameters.addAll(List.of(
                new ChoiceParameter(SERIES, "Series", "seattle: hourly temperatures 2010 (°F); co2: weekly CO2 at Mauna Loa "
                        + "(ppm, gaps interpolated); sunspots: yearly sunspot numbers.", List.of(), "seattle", ShippedSeries.cliNames()),
                RecurrentCell.parameter(CELL),
                new IntegerParameter(WINDOW, "Window length T", "Past values the network reads for one forecast.",
                        List.of("T"), DEFAULT_WINDOW, 2, 256),
                new IntegerParameter(HORIZON, "Horizon H", "How many steps after the window's last value to forecast.",
                        List.of("H"), 1, 1, 168),
                new IntegerParameter(HIDDEN, "Hidden size", "Units in each recurrent layer.", List.of("hidden"), DEFAULT_HIDDEN, 1, 256),
                new IntegerParameter(LAYERS, "Layers", "Recurrent layers stacked (1 or 2).", List.of(), 1, 1, 2),
                new IntegerParameter(BATCH_SIZE, "Batch size", "Windows per update.", List.of("batch"), DEFAULT_BATCH, 1, 1024),
                new IntegerParameter(EPOCHS, "Epochs", "Passes over the training windows.", List.of(), DEFAULT_EPOCHS, 1, 200),
                new TextParameter(AUGMENTATION, "Series augmentation", "Transform each training window (the target stays): none, "
                        + "or e.g. " + SeriesAugmentationText.EXAMPLE + ".", List.of(), "none", SeriesAugmentationText::problem),
                new TextParameter(DATA_DIR, "Series folder", "Folder with the series CSV files (empty: the shipped datasets/series).",
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

    /** The default series' metrics (°F); a run's own come from {@link #metrics(Settings)}. */
    @Override
    public Metrics metrics() {
        return metrics(ShippedSeries.SEATTLE.unit());
    }

    /** Errors in the chosen series' unit (°F, ppm; a sunspot number has none). */
    @Override
    public Metrics metrics(Settings settings) {
        Object series = settings.values().get(SERIES);
        return series instanceof String name && ShippedSeries.cliNames().contains(name) ? metrics(ShippedSeries.named(name).unit())
                : metrics();
    }

    private static Metrics metrics(String unit) {
        MetricSpec validationMae = MetricSpec.perEpoch(VALIDATION_MAE, "Validation MAE (model)", unit, ERROR_CHART,
                Goal.LOWER_IS_BETTER);
        MetricSpec validationRmse = MetricSpec.perEpoch(VALIDATION_RMSE, "Validation RMSE (model)", unit, ERROR_CHART,
                Goal.LOWER_IS_BETTER);
        MetricSpec persistence = MetricSpec.perEpoch(PERSISTENCE_MAE, "Validation MAE, persistence", unit, ERROR_CHART,
                Goal.LOWER_IS_BETTER);
        MetricSpec seasonal = MetricSpec.perEpoch(SEASONAL_MAE, "Validation MAE, seasonal naive", unit, ERROR_CHART,
                Goal.LOWER_IS_BETTER);
        MetricSpec autoregression = MetricSpec.perEpoch(AUTOREGRESSION_MAE, "Validation MAE, linear autoregression", unit,
                ERROR_CHART, Goal.LOWER_IS_BETTER);
        return new Metrics(List.of(Metrics.LOSS, Metrics.TRAIN_LOSS, Metrics.VALIDATION_LOSS, validationMae, validationRmse,
                persistence, seasonal, autoregression), VALIDATION_MAE, VALIDATION_MAE,
                new Metrics.Gap(Metrics.TRAIN_LOSS.id(), Metrics.VALIDATION_LOSS.id()));
    }

    @Override
    public List<ProbeSpec> probes() {
        return List.of(
                new ProbeSpec(FORECAST, "Forecast over the validation period", ProbeRecord.Kind.POINTS, 50, 1),
                new ProbeSpec(MEMORY_HORIZON, MemoryHorizon.LABEL, ProbeRecord.Kind.BARS, 50, 1),
                new ProbeSpec(HIDDEN_STATE, "Last hidden state", ProbeRecord.Kind.HEAT_ROW, 20, 2));
    }

    @Override
    public DivergenceRule divergenceRule() {
        return new ForecastDivergence();
    }

    /** Plain SGD at a learning rate of 10: the dense output's weights blow up within a few updates. */
    @Override
    public Map<String, String> divergentSettings() {
        return Map.of(TrainingOptimizer.OPTIMIZER, "sgd", TrainingOptimizer.LEARNING_RATE, "10",
                TrainingOptimizer.SCHEDULE, "fixed", EPOCHS, "1");
    }

    @Override
    public List<Comparison> comparisons() {
        return List.of(
                new Comparison("rnn-vs-lstm", "RNN vs LSTM", "The same window, hidden size and budget with a plain tanh "
                        + "recurrence and with an LSTM: which forecasts better, which trains faster?", Map.of(),
                        List.of(lane("plain RNN", CELL, "rnn"), lane("LSTM", CELL, "lstm")), 0, false),
                new Comparison("window-length", "Window length", "How much past the network reads: 6, 24 and 48 hours "
                        + "(a whole day lets it see yesterday at this time).", Map.of(),
                        List.of(lane("T = 6", WINDOW, "6"), lane("T = 24", WINDOW, "24"), lane("T = 48", WINDOW, "48")), 0, false),
                new Comparison("hidden-size", "Hidden size", "4, 16 and 64 units in the recurrent layer.", Map.of(),
                        List.of(lane("4 units", HIDDEN, "4"), lane("16 units", HIDDEN, "16"), lane("64 units", HIDDEN, "64")),
                        0, false),
                new Comparison("with-without-augmentation", "With and without augmentation", "The same network with and without "
                        + "jitter and scaling of the training windows.", Map.of(),
                        List.of(lane("none", AUGMENTATION, "none"), lane("jitter + scaling", AUGMENTATION,
                                "jitter:0.03@0.5,scaling:0.1@0.5")), 0, false));
    }

    private static Comparison.Lane lane(String label, String parameter, String value) {
        return new Comparison.Lane(label, Map.of(parameter, value));
    }

    @Override
    public SequencesSession prepare(Settings settings) throws LessonException {
        SequencesSettings sequences = SequencesSettings.from(settings);
        return new SequencesSession(this, settings, read(sequences), null);
    }

    /** A session around a forecaster trained earlier, with the settings stored in its checkpoint. */
    @Override
    public SequencesSession restore(Checkpoints.Checkpoint checkpoint) throws LessonException {
        Settings settings = checkpointSettings(checkpoint);
        SequencesSettings sequences = SequencesSettings.from(settings);
        MultiLayerNetwork net = checkpoint.multiLayerNetwork();
        Series series = read(sequences);
        Optional<String> mismatch = Architectures.mismatch(
                SequenceNetworks.forecaster(sequences, series.columnCount(), 1, 1), net);
        if (mismatch.isPresent()) {
            throw new LessonException("The checkpoint's settings do not match its network: " + mismatch.get() + ".");
        }
        return new SequencesSession(this, settings, series, net);
    }

    /** Reads the chosen series; CO2's gaps are filled on straight lines (and counted). */
    static Series read(SequencesSettings settings) throws LessonException {
        Path folder = settings.dataDir().isEmpty() ? DatasetLocator.datasetsRoot().resolve("series") : Path.of(settings.dataDir());
        ShippedSeries shipped = settings.series();
        return SeriesCsv.read(folder.resolve(shipped.file()), shipped.timeColumn(), List.of(shipped.valueColumn()),
                MissingValues.INTERPOLATE);
    }
}
