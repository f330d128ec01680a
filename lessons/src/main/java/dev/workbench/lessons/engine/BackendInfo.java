package dev.workbench.lessons.engine;

import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Properties;

/**
 * What ND4J is running on, for the CLI's {@code info} and the app's status bar.
 *
 * @param backend        CPU or CUDA
 * @param blasVendor     e.g. OPENBLAS
 * @param threads        ND4J's OpenMP threads
 * @param onednnHelpers  whether DL4J's oneDNN layer helpers (fast convolutions) are active
 */
public record BackendInfo(String backend, String blasVendor, int threads, boolean onednnHelpers) {

    /** Loads ND4J if needed (about 2 s the first time). */
    public static BackendInfo current() {
        NativeSetup.applyThreadPolicy();
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = String.valueOf(env.getProperty("backend", "unknown"));
        Object threads = env.get("omp.threads");
        return new BackendInfo(backend, String.valueOf(env.getOrDefault("blas.vendor", "unknown")),
                threads instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(threads)),
                "CPU".equalsIgnoreCase(backend) && !Boolean.parseBoolean(System.getProperty(NativeSetup.HELPERS_DISABLE))
                        && BaseMKLDNNHelper.mklDnnEnabled());
    }

    public String describe() {
        return backend + " (" + blasVendor + ", " + threads + (threads == 1 ? " thread" : " threads") + ", oneDNN helpers "
                + (onednnHelpers ? "on" : "off") + ")";
    }
}
