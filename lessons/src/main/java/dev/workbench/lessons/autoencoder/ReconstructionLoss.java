package dev.workbench.lessons.autoencoder;

import java.util.Arrays;
import java.util.List;

/** What the network minimises when it compares its output with the clean image. */
public enum ReconstructionLoss {
    /** Mean squared error per pixel. */
    MSE("mse"),
    /** Binary cross-entropy per pixel: each pixel read as the probability of "ink". */
    BCE("bce");

    private final String cliName;

    ReconstructionLoss(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static List<String> cliNames() {
        return Arrays.stream(values()).map(ReconstructionLoss::cliName).toList();
    }

    public static ReconstructionLoss fromCliName(String name) {
        return Arrays.stream(values()).filter(loss -> loss.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown loss '" + name + "', expected one of " + cliNames()));
    }
}
