package dev.workbench.lessons.sequences;

import dev.workbench.lessons.augment.series.SeriesWindow;
import dev.workbench.lessons.data.Series;
import dev.workbench.lessons.data.SeriesWindows;
import dev.workbench.lessons.data.SeriesWindows.Part;
import dev.workbench.lessons.data.TimeSplit;
import dev.workbench.lessons.data.WindowSpec;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.Settings;

import java.util.ArrayList;
import java.util.List;

/**
 * The augmentation preview's source: the training windows of some settings, cut, scaled and fed
 * exactly as a run with those settings does ({@link TrainingFeed}), without building a network.
 * Reading the series takes a moment, so build it off the UI thread; {@link #show} is quick.
 */
public final class FeedPreview {
    /** Epochs the preview shows at most. */
    public static final int MAX_EPOCHS = 6;

    private final ShippedSeries shipped;
    private final SeriesWindows windows;
    private final TrainingFeed feed;
    private final int epochs;

    private FeedPreview(SequencesSettings sequences, SeriesWindows windows) {
        this.shipped = sequences.series();
        this.windows = windows;
        this.feed = new TrainingFeed(windows, sequences.augmentation(), sequences.batchSize(), sequences.seed());
        this.epochs = Math.min(MAX_EPOCHS, sequences.epochs());
    }

    /** @throws LessonException when the series cannot be read or is too short for the window */
    public static FeedPreview of(Settings settings) throws LessonException {
        SequencesSettings sequences = SequencesSettings.from(settings);
        Series series = SequencesLesson.read(sequences);
        return new FeedPreview(sequences, SeriesWindows.of(series, WindowSpec.of(sequences.window(), sequences.horizon()),
                TimeSplit.DEFAULT));
    }

    TrainingFeed feed() {
        return feed;
    }

    public int trainingWindows() {
        return feed.trainingWindows();
    }

    /**
     * One training window in the series' unit and what training fed in its place in each epoch of
     * the run (up to {@link #MAX_EPOCHS}).
     *
     * @param original the window's values; {@code target} the value it is trained to forecast
     */
    public record Shown(int window, int trainingWindows, String from, String to, String valueLabel, String unit,
                        double[] original, double target, int horizon, List<TrainingFeed.FedWindow> fed, int batchSize) {
        public Shown {
            original = original.clone();
            fed = List.copyOf(fed);
        }

        @Override
        public double[] original() {
            return original.clone();
        }
    }

    /** Window {@code window} (clamped to the training windows) and its fed versions, in the series' unit. */
    public Shown show(int window) {
        int w = Math.max(0, Math.min(window, trainingWindows() - 1));
        int column = windows.outputColumn(0);
        SeriesWindow scaled = feed.window(w);
        List<TrainingFeed.FedWindow> fed = new ArrayList<>();
        for (TrainingFeed.FedWindow version : feed.asFed(w, epochs)) {
            fed.add(new TrainingFeed.FedWindow(version.epoch(), version.batch(), version.row(), unscaled(version.values(), column)));
        }
        int start = windows.windowStart(Part.TRAIN, w);
        int last = start + windows.spec().length() - 1;
        List<String> times = windows.series().times();
        float[] values = scaled.feature(0);
        double[] original = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            original[t] = windows.series().value(column, start + t);
        }
        return new Shown(w, trainingWindows(), time(times, start), time(times, last), shipped.valueLabel(), shipped.unit(),
                original, windows.series().value(column, windows.targetRow(Part.TRAIN, w, 0)), windows.spec().horizon(), fed,
                feed.batchSize());
    }

    private double[] unscaled(double[] scaled, int column) {
        double[] values = new double[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            values[i] = windows.scaler().unscale(scaled[i], column);
        }
        return values;
    }

    private String time(List<String> times, int row) {
        return row < times.size() ? shipped.displayTime(times.get(row)) : "row " + row;
    }
}
