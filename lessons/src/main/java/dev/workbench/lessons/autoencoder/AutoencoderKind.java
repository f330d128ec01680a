package dev.workbench.lessons.autoencoder;

import java.util.Arrays;
import java.util.List;

/** The three networks the lesson offers, by their command-line names. */
public enum AutoencoderKind {
    /** 784-256-64-bottleneck-64-256-784, trained with {@code fit}. */
    DENSE("dense"),
    /** Two convolution + pooling blocks, a dense bottleneck, and upsampling + convolution back to 28x28. */
    CONV("conv"),
    /** DL4J's VariationalAutoencoder layer, trained with {@code pretrain} (it has no output layer). */
    VAE("vae");

    private final String cliName;

    AutoencoderKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static List<String> cliNames() {
        return Arrays.stream(values()).map(AutoencoderKind::cliName).toList();
    }

    public static AutoencoderKind fromCliName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model '" + name + "', expected one of " + cliNames()));
    }
}
