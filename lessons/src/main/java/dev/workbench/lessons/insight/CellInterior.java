package dev.workbench.lessons.insight;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one recurrent layer computed while reading one window, recomputed from its own weights:
 * every map is [unit][time step]. A plain RNN has only the hidden state; an LSTM also has its
 * gates, the candidate values and the cell state.
 *
 * @param cell      "lstm" or "rnn"
 * @param layer     which recurrent layer (1 = the one reading the input)
 * @param window    the window's index among those that can be inspected
 * @param windows   how many windows can be inspected
 * @param input     the window as the network read it, [feature][time step] (scaled values)
 * @param hidden    h_t
 * @param inputGate i_t (empty for a plain RNN)
 * @param forget    f_t (empty for a plain RNN)
 * @param output    o_t (empty for a plain RNN)
 * @param candidate g_t (empty for a plain RNN)
 * @param state     c_t (empty for a plain RNN)
 */
public record CellInterior(String cell, int layer, int window, int windows, double[][] input, double[][] hidden,
                           double[][] inputGate, double[][] forget, double[][] output, double[][] candidate,
                           double[][] state) {
    public static final String LSTM = "lstm";
    public static final String RNN = "rnn";
    private static final double[][] NONE = new double[0][];

    public CellInterior {
        Objects.requireNonNull(cell, "cell");
        input = copy(input);
        hidden = copy(hidden);
        inputGate = copy(inputGate);
        forget = copy(forget);
        output = copy(output);
        candidate = copy(candidate);
        state = copy(state);
    }

    static CellInterior rnn(int layer, int window, int windows, double[][] input, double[][] hidden) {
        return new CellInterior(RNN, layer, window, windows, input, hidden, NONE, NONE, NONE, NONE, NONE);
    }

    public boolean gated() {
        return LSTM.equals(cell);
    }

    public int units() {
        return hidden.length;
    }

    public int steps() {
        return hidden.length == 0 ? 0 : hidden[0].length;
    }

    @Override
    public double[][] input() {
        return copy(input);
    }

    @Override
    public double[][] hidden() {
        return copy(hidden);
    }

    @Override
    public double[][] inputGate() {
        return copy(inputGate);
    }

    @Override
    public double[][] forget() {
        return copy(forget);
    }

    @Override
    public double[][] output() {
        return copy(output);
    }

    @Override
    public double[][] candidate() {
        return copy(candidate);
    }

    @Override
    public double[][] state() {
        return copy(state);
    }

    private static double[][] copy(double[][] rows) {
        Objects.requireNonNull(rows, "map");
        return Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
    }
}
