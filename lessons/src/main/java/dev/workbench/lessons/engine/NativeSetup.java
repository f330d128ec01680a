package dev.workbench.lessons.engine;

/**
 * Sets the system properties ND4J and DL4J read once, when their classes first load, and the
 * number of threads ND4J computes with. Every entry point (CLI, app, tests) calls
 * {@link #configure()} before touching ND4J.
 */
public final class NativeSetup {
    /** The user's own choice of ND4J threads wins over {@link #threadPolicy(int)}. */
    static final String THREADS_ENVIRONMENT = "OMP_NUM_THREADS";
    /** DL4J 1.0.0-M2.1 disables its cuDNN/oneDNN layer helpers unless this is "false". */
    static final String HELPERS_DISABLE = "org.eclipse.deeplearning4j.helpers.disable";
    /** Makes JavaCPP load the oneDNN build of libnd4jcpu shipped in the "-onednn" classifier jar. */
    static final String PLATFORM_EXTENSION = "org.bytedeco.javacpp.platform.extension";
    /**
     * JavaCPP reads the process's resident memory (/proc/self/statm) on every native allocation to
     * enforce this limit: 16% of an LSTM update's time in a JFR profile. Its default (maxbytes + 3 x
     * the heap, 12 GB for the app) is beyond what the machines running the Workbench have, so it
     * guarded nothing; 0 switches the check off. ND4J's off-heap memory stays capped by JavaCPP's
     * {@code maxbytes} (the heap size unless set) and by its workspaces.
     */
    static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

    private NativeSetup() {
    }

    public static void configure() {
        setIfAbsent(HELPERS_DISABLE, "false");
        setIfAbsent(MAX_PHYSICAL_BYTES, "0");
        if (onednnNativesPresent()) {
            setIfAbsent(PLATFORM_EXTENSION, "-onednn");
        }
    }

    /**
     * Loads ND4J (about 2 s the first time) and sets its thread counts by
     * {@link #threadPolicy(int)}, unless {@value #THREADS_ENVIRONMENT} is set: the calling
     * thread's OpenMP threads, and the BLAS library's. OpenMP keeps its setting per thread, so
     * every thread that trains calls this (a {@link TrainingRun}'s worker does so when it starts).
     */
    public static void applyThreadPolicy() {
        configure();
        String chosen = System.getenv(THREADS_ENVIRONMENT);
        if (chosen == null || chosen.isBlank()) {
            int threads = threadPolicy(Runtime.getRuntime().availableProcessors());
            org.nd4j.linalg.factory.Nd4j.getExecutioner();
            org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            limitBlasThreads(threads);
        }
    }

    /**
     * ND4J starts OpenBLAS with one thread per core, and OpenBLAS's idle workers spin (sched_yield)
     * between calls: on two cores that spinning took 65% of the core the window needs, and cost
     * the app a fifth of its training speed. OpenBLAS's setting is global, not per thread.
     */
    private static void limitBlasThreads(int threads) {
        org.nd4j.linalg.api.blas.Blas blas = org.nd4j.linalg.factory.Nd4j.factory().blas();
        if (blas.getMaxThreads() != threads) {
            blas.setMaxThreads(threads);
        }
    }

    /** OpenBLAS's thread count (GPU backends answer their own BLAS's). */
    static int blasThreads() {
        return org.nd4j.linalg.factory.Nd4j.factory().blas().getMaxThreads();
    }

    /**
     * Half the cores, at least one. The lessons' networks are small: on two cores the LeNet
     * trains as fast with one ND4J thread as with two and the perceptron twice as fast (see
     * docs/benchmarks.md), and the other core keeps the window responsive.
     */
    static int threadPolicy(int cores) {
        return Math.max(1, cores / 2);
    }

    private static boolean onednnNativesPresent() {
        String platform = System.getProperty("org.bytedeco.javacpp.platform", defaultPlatform());
        String resource = "org/nd4j/linalg/cpu/nativecpu/bindings/" + platform + "-onednn/";
        return NativeSetup.class.getClassLoader().getResource(resource) != null;
    }

    private static String defaultPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String arch = System.getProperty("os.arch", "").toLowerCase();
        String osPart = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macosx" : "linux";
        String archPart = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "arm64" : arch;
        return osPart + "-" + archPart;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
