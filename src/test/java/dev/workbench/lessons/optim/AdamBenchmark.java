package dev.workbench.lessons.optim;

import dev.workbench.lessons.engine.NativeSetup;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Not a test: one Adam update of N float parameters by ND4J's {@code adam_updater} op and by
 * {@link FastAdam}'s Java loop, alternating rounds in one JVM. Prints nanoseconds per parameter.
 * Run after {@code mvn -q -DskipTests package}:
 * {@code OMP_NUM_THREADS=1 java -cp "target/test-classes:target/classes:$(cat target/runtime-classpath.txt)"
 * dev.workbench.lessons.optim.AdamBenchmark 435858 5}.
 */
public final class AdamBenchmark {
    private static final int UPDATES = 100;

    private AdamBenchmark() {
    }

    public static void main(String[] args) {
        NativeSetup.configure();
        int parameters = args.length > 0 ? Integer.parseInt(args[0]) : 435_858;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Nd4j.getRandom().setSeed(1);
        INDArray gradient = Nd4j.randn(DataType.FLOAT, 1, parameters).muli(0.01);
        INDArray work = gradient.dup();
        GradientUpdater<?> nd4j = new Adam(1e-3).instantiate(Nd4j.zeros(DataType.FLOAT, 1, 2L * parameters), true);
        GradientUpdater<?> fast = new FastAdam(1e-3, 0.9, 0.999, 1e-8)
                .instantiate(Nd4j.zeros(DataType.FLOAT, 1, 2L * parameters), true);
        time(nd4j, gradient, work);
        time(fast, gradient, work);
        double copy = copyTime(gradient, work);
        System.out.printf("Adam on %,d parameters, %d updates per round; the gradient copy before each (%.2f ns per"
                + " parameter) is subtracted%n", parameters, UPDATES, copy / parameters);
        for (int round = 1; round <= rounds; round++) {
            double a = time(nd4j, gradient, work) - copy;
            double b = time(fast, gradient, work) - copy;
            System.out.printf("round %d: ND4J op %.2f ns per parameter, FastAdam %.2f (%.1fx)%n", round,
                    a / parameters, b / parameters, a / b);
        }
    }

    /** Nanoseconds per update, the copy of the gradient included (applyUpdater overwrites it). */
    private static double time(GradientUpdater<?> updater, INDArray gradient, INDArray work) {
        long start = System.nanoTime();
        for (int i = 0; i < UPDATES; i++) {
            work.assign(gradient);
            updater.applyUpdater(work, i, 0);
        }
        return (System.nanoTime() - start) / (double) UPDATES;
    }

    private static double copyTime(INDArray gradient, INDArray work) {
        long start = System.nanoTime();
        for (int i = 0; i < UPDATES; i++) {
            work.assign(gradient);
        }
        return (System.nanoTime() - start) / (double) UPDATES;
    }
}
