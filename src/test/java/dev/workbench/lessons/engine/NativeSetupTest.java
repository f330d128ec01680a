package dev.workbench.lessons.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NativeSetupTest {
    @Test
    void nd4jGetsHalfTheCoresAndAtLeastOne() {
        assertEquals(1, NativeSetup.threadPolicy(1));
        assertEquals(1, NativeSetup.threadPolicy(2));
        assertEquals(2, NativeSetup.threadPolicy(4));
        assertEquals(4, NativeSetup.threadPolicy(8));
    }

    @Test
    void threadPolicyIsAppliedBeforeTraining() {
        NativeSetup.applyThreadPolicy();
        int expected = System.getenv(NativeSetup.THREADS_ENVIRONMENT) == null
                ? NativeSetup.threadPolicy(Runtime.getRuntime().availableProcessors())
                : Integer.parseInt(System.getenv(NativeSetup.THREADS_ENVIRONMENT).trim());
        assertEquals(expected, BackendInfo.current().threads());
        assertEquals(expected, NativeSetup.blasThreads(), "BLAS threads");
    }
}
