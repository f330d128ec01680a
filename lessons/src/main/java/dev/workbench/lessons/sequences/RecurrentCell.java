package dev.workbench.lessons.sequences;

import java.util.Arrays;
import java.util.List;

/** The recurrent layer the network is built from. */
public enum RecurrentCell {
    /** DL4J's LSTM: gated, keeps a cell state that carries information over many steps. */
    LSTM("lstm"),
    /** DL4J's SimpleRnn: {@code h_t = tanh(W x_t + R h_(t-1) + b)}, fast but forgetful. */
    RNN("rnn");

    private final String cliName;

    RecurrentCell(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static List<String> cliNames() {
        return Arrays.stream(values()).map(RecurrentCell::cliName).toList();
    }

    public static RecurrentCell named(String name) {
        return Arrays.stream(values()).filter(c -> c.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell '" + name + "'; choose one of " + cliNames()));
    }
}
