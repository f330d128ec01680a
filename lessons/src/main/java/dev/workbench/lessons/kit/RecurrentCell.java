package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.HyperParameter.ChoiceParameter;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;
import org.nd4j.linalg.activations.Activation;

import java.util.Arrays;
import java.util.List;

/** The recurrent layer a sequence lesson builds its network from. */
public enum RecurrentCell {
    /** DL4J's LSTM: gated, keeps a cell state that carries information over many steps. */
    LSTM("lstm"),
    /** DL4J's SimpleRnn: {@code h_t = tanh(W x_t + R h_(t-1) + b)}, fast but forgetful. */
    RNN("rnn");

    private final String cliName;

    RecurrentCell(String cliName) {
        this.cliName = cliName;
    }

    /** DL4J's default initial bias of an LSTM's forget gates: f starts near sigmoid(1) = 0.73. */
    public static final double DEFAULT_FORGET_BIAS = 1.0;

    /** A fresh layer of this cell with {@code hidden} units and tanh activation. */
    public Layer layer(int hidden, String name) {
        return layer(hidden, name, DEFAULT_FORGET_BIAS);
    }

    /** Like {@link #layer(int, String)}, with the LSTM's forget gates starting at {@code forgetBias} (a plain RNN has none). */
    public Layer layer(int hidden, String name, double forgetBias) {
        return switch (this) {
            case LSTM -> new org.deeplearning4j.nn.conf.layers.LSTM.Builder().name(name).nOut(hidden)
                    .forgetGateBiasInit(forgetBias).activation(Activation.TANH).build();
            case RNN -> new SimpleRnn.Builder().name(name).nOut(hidden).activation(Activation.TANH).build();
        };
    }

    public String cliName() {
        return cliName;
    }

    /** The lessons' "Cell" choice, stored under {@code id}, LSTM by default. */
    public static ChoiceParameter parameter(String id) {
        return new ChoiceParameter(id, "Cell", "lstm: gated cell with a memory track; rnn: plain tanh recurrence.",
                List.of(), LSTM.cliName, cliNames());
    }

    public static List<String> cliNames() {
        return Arrays.stream(values()).map(RecurrentCell::cliName).toList();
    }

    public static RecurrentCell named(String name) {
        return Arrays.stream(values()).filter(c -> c.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell '" + name + "'; choose one of " + cliNames()));
    }
}
