package dev.workbench.lessons.sequences;

import dev.workbench.lessons.kit.OwnGradientUpdates;
import dev.workbench.lessons.data.Series;
import dev.workbench.lessons.data.SeriesWindows;
import dev.workbench.lessons.data.SeriesWindows.LabelLayout;
import dev.workbench.lessons.data.SeriesWindows.Part;
import dev.workbench.lessons.data.TimeSplit;
import dev.workbench.lessons.data.WindowSpec;
import dev.workbench.lessons.data.ZScore;
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
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A forecaster being trained on windows of one series. Training windows are shuffled among
 * themselves (each window keeps its own past in order); validation and test windows come later in
 * time and are read in order. Every error is reported in the series' own unit via the scaler
 * fitted on the training rows.
 */
public final class SequencesSession implements LessonSession, LearningRateControl, RecurrentInsight {
    /** Windows the memory-horizon probe averages over. */
    static final int PROBE_BATCH = 32;
    /** Validation points the forecast probe draws at most. */
    static final int FORECAST_POINTS = 400;

    private final SequencesLesson lesson;
    private final Settings settings;
    private final SequencesSettings sequences;
    private final SeriesWindows windows;
    private final Baselines baselines;
    private final MultiLayerNetwork net;
    private final TrainingFeed feed;
    private final DataSetIterator batches;
    private final int iterationsPerEpoch;
    private final DataSet validation;
    private final DataSet test;
    private final DataSet probeBatch;
    private final ProbeRecord.Bars initialHorizon;
    private final double[] validationBaselines;

    SequencesSession(SequencesLesson lesson, Settings settings, Series series, MultiLayerNetwork trained) throws LessonException {
        this.lesson = lesson;
        this.settings = settings;
        this.sequences = SequencesSettings.from(settings);
        this.windows = SeriesWindows.of(series, WindowSpec.of(sequences.window(), sequences.horizon()), TimeSplit.DEFAULT);
        if (windows.windowCount(Part.VALIDATION) == 0 || windows.windowCount(Part.TEST) == 0) {
            throw new LessonException("The series " + series.name() + " is too short for a window of " + sequences.window()
                    + " and horizon " + sequences.horizon() + ": choose a shorter window.");
        }
        this.baselines = Baselines.of(windows, sequences.series().season());
        int trainWindows = windows.windowCount(Part.TRAIN);
        this.feed = new TrainingFeed(windows, sequences.augmentation(), sequences.batchSize(), settings.seed());
        this.iterationsPerEpoch = feed.iterationsPerEpoch();
        this.batches = feed.iterator();
        this.net = trained != null ? trained
                : SequenceNetworks.forecaster(sequences, windows.features(), windows.outputs(), iterationsPerEpoch);
        FastLstm.install(net);
        FastSimpleRnn.install(net);
        OwnGradientUpdates.install(net);
        this.validation = windows.dataSet(Part.VALIDATION, LabelLayout.LAST_STEP);
        this.test = windows.dataSet(Part.TEST, LabelLayout.LAST_STEP);
        int count = Math.min(PROBE_BATCH, trainWindows);
        int stride = trainWindows / count;
        DataSet all = windows.dataSet(Part.TRAIN, LabelLayout.LAST_STEP);
        this.probeBatch = new DataSet(all.getFeatures().get(NDArrayIndex.interval(0, stride, stride * count)).dup(),
                all.getLabels().get(NDArrayIndex.interval(0, stride, stride * count)).dup());
        this.initialHorizon = MemoryHorizon.measure(net, probeBatch);
        this.validationBaselines = baselines.meanAbsoluteErrors(Part.VALIDATION);
    }

    public SeriesWindows windows() {
        return windows;
    }

    public Baselines baselines() {
        return baselines;
    }

    /** The scaler fitted on the training rows only. */
    public ZScore scaler() {
        return windows.scaler();
    }

    MultiLayerNetwork network() {
        return net;
    }

    /** The batches training fits (for tests that check the augmentation preview against them). */
    DataSetIterator trainingBatches() {
        return batches;
    }

    /** Row times, value label and unit, the periods' starts and the forecast reach: for a view's axes. */
    public SeriesTimeline timeline() {
        ShippedSeries shipped = sequences.series();
        List<String> times = windows.series().times().stream().map(shipped::displayTime).toList();
        return new SeriesTimeline(times, shipped.valueLabel(), shipped.unit(), windows.rowStart(Part.VALIDATION),
                windows.rowStart(Part.TEST), sequences.window(), sequences.horizon(), shipped.forecastSteps());
    }

    /**
     * Forecasts {@code steps} values after row {@code originRow} knowing the series only up to it: the
     * model reads the last window, its forecast becomes the window's newest value, and so on, so its
     * errors compound. Persistence repeats the last known value, seasonal naive repeats the last known
     * season, and the autoregression is fed back like the model. Needs horizon 1 (each step forecasts
     * the next row) and a single column; otherwise only the baselines and the truth are filled.
     */
    public RecursiveForecast recursiveForecast(int originRow, int steps) {
        int length = sequences.window();
        int rows = windows.series().length();
        if (originRow < length - 1 || originRow >= rows || steps < 1) {
            throw new IllegalArgumentException("A recursive forecast needs an origin row in [" + (length - 1) + ", " + rows
                    + ") and at least one step, got row " + originRow + " and " + steps + " steps");
        }
        int column = windows.outputColumn(0);
        double[] series = windows.series().column(column);
        double[] history = java.util.Arrays.copyOfRange(series, originRow - length + 1, originRow + 1);
        double[] truth = new double[steps];
        double[] persistence = new double[steps];
        double[] seasonal = new double[steps];
        int season = sequences.series().season();
        for (int k = 0; k < steps; k++) {
            int row = originRow + 1 + k;
            truth[k] = row < rows ? series[row] : Double.NaN;
            persistence[k] = series[originRow];
            int back = row - ((k + season) / season) * season;
            seasonal[k] = back >= 0 ? series[back] : series[originRow];
        }
        double[] autoregression = fedBack(history, steps, baselines.autoregressionWeights());
        boolean recursive = sequences.horizon() == 1 && windows.features() == 1;
        double[] model = recursive ? modelFedBack(history, steps) : nans(steps);
        String problem = recursive ? null : sequences.horizon() != 1
                ? "The network forecasts " + sequences.horizon() + " steps ahead, so it cannot be fed its own forecasts "
                + "one step at a time: set Horizon H to 1."
                : "A recursive forecast needs a single-column series.";
        return new RecursiveForecast(originRow, steps, history, truth, model, persistence, seasonal, autoregression, problem);
    }

    private double[] modelFedBack(double[] history, int steps) {
        int column = windows.outputColumn(0);
        int length = history.length;
        float[] window = new float[length];
        for (int t = 0; t < length; t++) {
            window[t] = (float) windows.scaler().scale(history[t], column);
        }
        double[] forecast = new double[steps];
        for (int k = 0; k < steps; k++) {
            INDArray input = Nd4j.create(window, new long[]{1, 1, length});
            double scaled = net.output(input, false).getDouble(0, 0);
            forecast[k] = windows.scaler().unscale(scaled, column);
            System.arraycopy(window, 1, window, 0, length - 1);
            // The fed-back value goes in as the float the training windows are made of.
            window[length - 1] = (float) scaled;
        }
        return forecast;
    }

    private static double[] fedBack(double[] history, int steps, double[] weights) {
        int length = history.length;
        double[] window = history.clone();
        double[] forecast = new double[steps];
        for (int k = 0; k < steps; k++) {
            double sum = weights[length];
            for (int i = 0; i < length; i++) {
                sum += weights[i] * window[i];
            }
            forecast[k] = sum;
            System.arraycopy(window, 1, window, 0, length - 1);
            window[length - 1] = sum;
        }
        return forecast;
    }

    private static double[] nans(int steps) {
        double[] values = new double[steps];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public int epochs() {
        return sequences.epochs();
    }

    @Override
    public int iterationsPerEpoch() {
        return iterationsPerEpoch;
    }

    @Override
    public int samplesPerIteration() {
        return Math.min(sequences.batchSize(), windows.windowCount(Part.TRAIN));
    }

    @Override
    public void startEpoch(int epoch) {
        batches.reset();
    }

    @Override
    public double trainIteration() {
        if (!batches.hasNext()) {
            batches.reset();
        }
        net.fit(batches.next());
        return net.score();
    }

    /** Model forecasts of every window in {@code data}, in the series' unit. */
    private double[] forecasts(DataSet data) {
        INDArray output = net.output(data.getFeatures(), false);
        double[] scaled = output.getColumn(0).toDoubleVector();
        double[] values = new double[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            values[i] = windows.scaler().unscale(scaled[i], windows.outputColumn(0));
        }
        return values;
    }

    /** {MSE in scaled units, MAE and RMSE in the series' unit} of the model on a part. */
    private double[] errors(Part part, DataSet data) {
        double[] forecast = forecasts(data);
        double absolute = 0;
        double squared = 0;
        for (int w = 0; w < forecast.length; w++) {
            double error = forecast[w] - baselines.truth(part, w);
            absolute += Math.abs(error);
            squared += error * error;
        }
        int n = forecast.length;
        double std = windows.scaler().std()[windows.outputColumn(0)];
        return new double[]{squared / n / (std * std), absolute / n, Math.sqrt(squared / n)};
    }

    @Override
    public EpochEvaluation evaluate() {
        double[] errors = errors(Part.VALIDATION, validation);
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(Metrics.VALIDATION_LOSS.id(), errors[0]);
        values.put(SequencesLesson.VALIDATION_MAE, errors[1]);
        values.put(SequencesLesson.VALIDATION_RMSE, errors[2]);
        values.put(SequencesLesson.PERSISTENCE_MAE, validationBaselines[0]);
        values.put(SequencesLesson.SEASONAL_MAE, validationBaselines[1]);
        values.put(SequencesLesson.AUTOREGRESSION_MAE, validationBaselines[2]);
        return EpochEvaluation.of(values);
    }

    /** Test MAE of the model and of each baseline, in the series' unit. */
    @Override
    public List<Measurement> testMeasurements() {
        String unit = sequences.series().unit();
        double[] model = errors(Part.TEST, test);
        double[] base = baselines.meanAbsoluteErrors(Part.TEST);
        return List.of(new Measurement("Test MAE (" + sequences.cell().cliName() + ")", model[1], unit),
                new Measurement("Test RMSE (" + sequences.cell().cliName() + ")", model[2], unit),
                new Measurement("Test MAE, persistence", base[0], unit),
                new Measurement("Test MAE, seasonal naive", base[1], unit),
                new Measurement("Test MAE, linear autoregression", base[2], unit));
    }

    @Override
    public Optional<ProbeRecord> probe(String probeId) {
        return switch (probeId) {
            case SequencesLesson.FORECAST -> Optional.of(forecastProbe());
            case SequencesLesson.MEMORY_HORIZON -> Optional.of(memoryHorizon());
            case SequencesLesson.HIDDEN_STATE -> Optional.of(hiddenState());
            default -> Optional.empty();
        };
    }

    /** True values and forecasts over the start of the validation period, x = row of the series. */
    public ProbeRecord.Points forecastProbe() {
        int n = Math.min(FORECAST_POINTS, windows.windowCount(Part.VALIDATION));
        DataSet first = new DataSet(validation.getFeatures().get(NDArrayIndex.interval(0, n)).dup(),
                validation.getLabels().get(NDArrayIndex.interval(0, n)).dup());
        double[] forecast = forecasts(first);
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        int[] group = new int[2 * n];
        for (int w = 0; w < n; w++) {
            int row = windows.targetRow(Part.VALIDATION, w, 0);
            x[w] = row;
            y[w] = baselines.truth(Part.VALIDATION, w);
            x[n + w] = row;
            y[n + w] = forecast[w];
            group[n + w] = 1;
        }
        return new ProbeRecord.Points(x, y, group, List.of("true", "forecast"));
    }

    /** How far back the loss's gradient reaches, over a fixed batch of training windows. */
    ProbeRecord.Bars memoryHorizon() {
        return MemoryHorizon.measure(net, probeBatch);
    }

    /** Validation windows, in time order. */
    @Override
    public int inspectableWindows() {
        return windows.windowCount(Part.VALIDATION);
    }

    @Override
    public ProbeRecord.Bars initialMemoryHorizon() {
        return initialHorizon;
    }

    @Override
    public CellInterior cellInterior(int index) {
        int window = Math.max(0, Math.min(index, inspectableWindows() - 1));
        INDArray features = validation.getFeatures().get(NDArrayIndex.point(window), NDArrayIndex.all(), NDArrayIndex.all());
        return CellRecomputation.firstLayer(net, features.toDoubleMatrix(), window, inspectableWindows());
    }

    /** The last recurrent layer's hidden state at the window's last step, for the first validation window. */
    ProbeRecord.HeatRow hiddenState() {
        INDArray features = validation.getFeatures().get(NDArrayIndex.interval(0, 1)).dup();
        List<INDArray> activations = net.feedForward(features, false);
        INDArray last = activations.get(sequences.layers());
        double[] values = last.reshape(last.length()).toDoubleVector();
        List<String> rows = new ArrayList<>(values.length);
        for (int u = 0; u < values.length; u++) {
            rows.add("unit " + (u + 1));
        }
        return new ProbeRecord.HeatRow(rows, values, false);
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
        return sequences.optimizer().describe();
    }

    @Override
    public String divergenceAdvice() {
        return sequences.optimizer().divergenceAdvice();
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        Checkpoints.save(net, settings, lesson, file);
    }
}
