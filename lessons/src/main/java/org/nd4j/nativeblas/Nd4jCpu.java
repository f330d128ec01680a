package org.nd4j.nativeblas;

/**
 * Compatibility shim that switches DL4J's oneDNN layer helpers back on.
 *
 * <p>DL4J 1.0.0-M2.1's {@code BaseMKLDNNHelper.mklDnnEnabled()} looks up
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment#isUseMKLDNN} by reflection. In M2.1 that class
 * moved to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} (and the method
 * became {@code isUseONEDNN}), so the lookup fails silently and every convolution, pooling,
 * batch-norm and LSTM layer falls back to slow generic code. This class answers the old lookup
 * with the new binding's value. It is only ever reached through that reflection call.
 */
public final class Nd4jCpu {
    private Nd4jCpu() {
    }

    public static final class Environment {
        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
