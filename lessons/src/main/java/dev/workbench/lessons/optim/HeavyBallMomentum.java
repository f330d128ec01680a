package dev.workbench.lessons.optim;

import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Classical (Polyak heavy-ball) momentum as an ND4J updater config: {@code v ← μ·v − η·g; θ ← θ + v}.
 *
 * <p>ND4J 1.0.0-M2.1 has no plain-momentum updater: its {@code Nesterovs} is the only momentum updater, so
 * "momentum" in DL4J examples is really Nesterov momentum. Lessons that contrast the two need this one.
 * It follows the {@link IUpdater} contract (state view of one velocity per parameter, JSON round trip
 * through DL4J's configuration mapper), so networks can train with it too.
 */
public final class HeavyBallMomentum implements IUpdater {
    public static final String VELOCITY_STATE = "V";

    // Mutable and non-final because IUpdater.setLrAndSchedule mutates, and Jackson writes these fields.
    private double learningRate;
    private ISchedule learningRateSchedule;
    private double momentum;

    /**
     * @param learningRate         step size used when {@code learningRateSchedule} is null
     * @param learningRateSchedule per-iteration learning rate, or null for a constant one
     * @param momentum             velocity decay μ in [0, 1)
     */
    @JsonCreator
    public HeavyBallMomentum(@JsonProperty("learningRate") double learningRate,
            @JsonProperty("learningRateSchedule") ISchedule learningRateSchedule,
            @JsonProperty("momentum") double momentum) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), was " + momentum);
        }
        this.learningRate = learningRate;
        this.learningRateSchedule = learningRateSchedule;
        this.momentum = momentum;
    }

    public double momentum() {
        return momentum;
    }

    @Override
    public long stateSize(long numParams) {
        return numParams;
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        HeavyBallMomentumUpdater updater = new HeavyBallMomentumUpdater(this);
        INDArray flat = viewArray.reshape(viewArray.length());
        updater.setStateViewArray(flat, flat.shape(), flat.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> updaterState, boolean initializeStateArrays) {
        HeavyBallMomentumUpdater updater = new HeavyBallMomentumUpdater(this);
        updater.setState(updaterState, initializeStateArrays);
        return updater;
    }

    @Override
    public double getLearningRate(int iteration, int epoch) {
        return learningRateSchedule == null ? learningRate : learningRateSchedule.valueAt(iteration, epoch);
    }

    @Override
    public boolean hasLearningRate() {
        return true;
    }

    @Override
    public void setLrAndSchedule(double lr, ISchedule lrSchedule) {
        this.learningRate = lr;
        this.learningRateSchedule = lrSchedule;
    }

    @Override
    public HeavyBallMomentum clone() {
        return new HeavyBallMomentum(learningRate,
                learningRateSchedule == null ? null : learningRateSchedule.clone(), momentum);
    }

    // DL4J groups layers into one updater block only when their updater configs are equal.
    @Override
    public boolean equals(Object o) {
        return o instanceof HeavyBallMomentum other
                && Double.compare(learningRate, other.learningRate) == 0
                && Double.compare(momentum, other.momentum) == 0
                && Objects.equals(learningRateSchedule, other.learningRateSchedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, learningRateSchedule, momentum);
    }

    @Override
    public String toString() {
        return "HeavyBallMomentum(learningRate=" + learningRate + ", learningRateSchedule=" + learningRateSchedule
                + ", momentum=" + momentum + ")";
    }
}
