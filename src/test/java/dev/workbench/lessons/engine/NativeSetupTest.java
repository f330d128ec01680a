package dev.workbench.lessons.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The lever from docs/benchmarks.md, "Levers": no resident-memory read per native allocation. */
    @Test
    void javacppSkipsTheResidentMemoryCheckButKeepsItsOffHeapLimit() {
        NativeSetup.configure();
        assertEquals(0, org.bytedeco.javacpp.Pointer.maxPhysicalBytes(),
                "JavaCPP still reads /proc/self/statm on every allocation (Pointer loaded before NativeSetup.configure?)");
        assertTrue(org.bytedeco.javacpp.Pointer.maxBytes() > 0, "off-heap memory must stay bounded");
    }
}
