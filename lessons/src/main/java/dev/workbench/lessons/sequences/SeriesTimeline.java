package dev.workbench.lessons.sequences;

import java.util.List;

/**
 * What a view needs to label a series' axes: the time of every row, the value's name and unit,
 * where the validation and test periods start, the window length and how far a recursive forecast
 * reaches by default (two seasons).
 */
public record SeriesTimeline(List<String> times, String valueLabel, String unit, int validationStart, int testStart,
                             int window, int horizon, int forecastSteps) {
    public SeriesTimeline {
        times = List.copyOf(times);
    }

    /** The time of row {@code row}, or the row number when the series has no time column. */
    public String time(int row) {
        return row >= 0 && row < times.size() ? times.get(row) : Integer.toString(row);
    }
}
