package dev.workbench.lessons.optim;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * ND4J's Adam with its per-parameter loop in Java: the same formula, the same state (the averages
 * {@code M} then {@code V}) and the same settings, so a network trains the same to float rounding and
 * its checkpoints hold the same updater state.
 *
 * <p>ND4J's {@code adam_updater} op costs about 10 ns per parameter on one thread, because libnd4j
 * takes each square root through a scalar library call; the loop in {@link FastAdamUpdater} about 2.5.
 * On a 435,000-parameter network that is 3 ms of a 10 ms update (docs/benchmarks.md, "Adam in Java").
 */
public class FastAdam extends Adam {

    /** For Jackson, which reads a network's configuration back through the setters. */
    public FastAdam() {
        super();
    }

    public FastAdam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate, beta1, beta2, epsilon);
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        FastAdamUpdater updater = new FastAdamUpdater(this);
        // As Adam does it: a flat view, M in its first half and V in its second.
        INDArray flat = viewArray.reshape(viewArray.length());
        updater.setStateViewArray(flat, new long[] {flat.length() / 2}, flat.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> updaterState, boolean initializeStateArrays) {
        FastAdamUpdater updater = new FastAdamUpdater(this);
        updater.setState(updaterState, initializeStateArrays);
        return updater;
    }

    @Override
    public FastAdam clone() {
        FastAdam copy = new FastAdam(getLearningRate(), getBeta1(), getBeta2(), getEpsilon());
        copy.setLearningRateSchedule(getLearningRateSchedule() == null ? null : getLearningRateSchedule().clone());
        return copy;
    }

    // Adam's generated equals lets any Adam equal any other; DL4J groups layers into one updater block by
    // it, and the block's first layer decides which updater runs, so the two must not compare equal.
    @Override
    public boolean equals(Object o) {
        return o instanceof FastAdam && super.equals(o);
    }

    @Override
    protected boolean canEqual(Object other) {
        return other instanceof FastAdam;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public String toString() {
        return "Fast" + super.toString();
    }
}
