package dev.workbench.lessons.gan;

import java.util.Arrays;
import java.util.Locale;
import java.util.List;

/**
 * The three classic ways to score the game. All train the discriminator D to say "real" (1) on
 * data and "fake" (0) on generated samples; they differ in what the generator G minimises.
 */
public enum GanLoss {
    /** G minimises $-\log D(G(z))$: strong gradients while D still rejects its samples easily (the default). */
    NON_SATURATING("non-saturating"),
    /** G minimises $\log(1 - D(G(z)))$, the original two-player game; its gradient vanishes when D wins. */
    MINIMAX("minimax"),
    /** Least squares (LSGAN): D regresses 1 for real and 0 for fake with a linear output; G pushes D(G(z)) towards 1. */
    LEAST_SQUARES("least-squares");

    private final String cliName;

    GanLoss(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static List<String> cliNames() {
        return Arrays.stream(values()).map(GanLoss::cliName).toList();
    }

    public static GanLoss fromCliName(String name) {
        return Arrays.stream(values()).filter(loss -> loss.cliName.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown GAN loss '" + name + "': " + cliNames()));
    }

    /** Whether D ends in a sigmoid and cross-entropy (else a linear output and squared error). */
    boolean sigmoidDiscriminator() {
        return this != LEAST_SQUARES;
    }

    /** The generator's loss for one of D's outputs on a generated sample. */
    double generatorLoss(double dOnFake) {
        double p = Math.min(Math.max(dOnFake, 1e-7), 1 - 1e-7);
        return switch (this) {
            case NON_SATURATING -> -Math.log(p);
            case MINIMAX -> Math.log(1 - p);
            case LEAST_SQUARES -> (dOnFake - 1) * (dOnFake - 1);
        };
    }
}
