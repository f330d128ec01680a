package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

import java.util.List;

/**
 * The activation functions lessons offer, by the names students type, and the weight
 * initialization that suits each: He (DL4J's {@code RELU}) for the rectifiers, whose outputs are
 * half zero, Xavier for the saturating ones.
 */
public final class Activations {
    /** Every name {@link #named(String)} knows. */
    public static final List<String> NAMES = List.of("relu", "leakyrelu", "elu", "tanh", "sigmoid");

    private Activations() {
    }

    public static Activation named(String name) {
        return switch (name) {
            case "relu" -> Activation.RELU;
            case "leakyrelu" -> Activation.LEAKYRELU;
            case "elu" -> Activation.ELU;
            case "tanh" -> Activation.TANH;
            case "sigmoid" -> Activation.SIGMOID;
            default -> throw new IllegalArgumentException("unknown activation " + name + " (known: "
                    + String.join(", ", NAMES) + ")");
        };
    }

    /** The weight initialization that keeps signals at a steady scale through {@code activation}. */
    public static WeightInit weightInitFor(Activation activation) {
        return switch (activation) {
            case RELU, LEAKYRELU, ELU -> WeightInit.RELU;
            default -> WeightInit.XAVIER;
        };
    }
}
