package dev.workbench.lessons.sequences;

/**
 * A forecast of {@code steps} values after {@code originRow}, in the series' unit: the model fed its
 * own forecasts back one step at a time, the baselines extended the same way, and the truth (NaN past
 * the series' end). Index k of every array is row {@code originRow + 1 + k}.
 *
 * @param history the last window of true values the forecast starts from, ending at {@code originRow}
 * @param problem why there is no model forecast (e.g. a horizon above 1), or null
 */
public record RecursiveForecast(int originRow, int steps, double[] history, double[] truth, double[] model,
                                double[] persistence, double[] seasonalNaive, double[] autoregression, String problem) {
    public RecursiveForecast {
        history = history.clone();
        truth = truth.clone();
        model = model.clone();
        persistence = persistence.clone();
        seasonalNaive = seasonalNaive.clone();
        autoregression = autoregression.clone();
    }

    @Override
    public double[] history() {
        return history.clone();
    }

    @Override
    public double[] truth() {
        return truth.clone();
    }

    @Override
    public double[] model() {
        return model.clone();
    }

    @Override
    public double[] persistence() {
        return persistence.clone();
    }

    @Override
    public double[] seasonalNaive() {
        return seasonalNaive.clone();
    }

    @Override
    public double[] autoregression() {
        return autoregression.clone();
    }

    /** Mean absolute error of {@code forecast} over the first {@code steps} steps that have a true value. */
    public double meanAbsoluteError(double[] forecast, int steps) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < Math.min(steps, forecast.length); k++) {
            if (!Double.isNaN(truth[k]) && !Double.isNaN(forecast[k])) {
                sum += Math.abs(forecast[k] - truth[k]);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
