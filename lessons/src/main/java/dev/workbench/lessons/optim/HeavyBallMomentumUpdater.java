package dev.workbench.lessons.optim;

import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.learning.GradientUpdater;

/**
 * The running state of {@link HeavyBallMomentum}: one velocity per parameter, kept in the view array that
 * ND4J (or DL4J's updater block) hands over, so it is saved and restored with the rest of the updater state.
 */
final class HeavyBallMomentumUpdater implements GradientUpdater<HeavyBallMomentum> {
    private final HeavyBallMomentum config;
    private INDArray velocity;
    private char gradientReshapeOrder = 'c';

    HeavyBallMomentumUpdater(HeavyBallMomentum config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public HeavyBallMomentum getConfig() {
        return config;
    }

    @Override
    public void setState(Map<String, INDArray> stateMap, boolean initialize) {
        if (stateMap.size() != 1 || !stateMap.containsKey(HeavyBallMomentum.VELOCITY_STATE)) {
            throw new IllegalStateException("Expected only state key '" + HeavyBallMomentum.VELOCITY_STATE
                    + "', got " + stateMap.keySet());
        }
        velocity = stateMap.get(HeavyBallMomentum.VELOCITY_STATE);
        if (initialize) {
            velocity.assign(0);
        }
    }

    @Override
    public Map<String, INDArray> getState() {
        return Map.of(HeavyBallMomentum.VELOCITY_STATE, velocity);
    }

    @Override
    public void setStateViewArray(INDArray viewArray, long[] gradientShape, char gradientOrder, boolean initialize) {
        if (!viewArray.isRowVectorOrScalar()) {
            throw new IllegalArgumentException("Invalid input: expect row vector input");
        }
        if (initialize) {
            viewArray.assign(0);
        }
        velocity = Shape.newShapeNoCopy(viewArray, gradientShape, gradientOrder == 'f');
        if (velocity == null) {
            throw new IllegalStateException("Could not reshape the state view array to the gradient's shape");
        }
        gradientReshapeOrder = gradientOrder;
    }

    /** Turns {@code gradient} into the update in place: afterwards it holds {@code −v}, to be subtracted. */
    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        if (velocity == null) {
            throw new IllegalStateException("Updater has not been initialized with view state");
        }
        double learningRate = config.getLearningRate(iteration, epoch);
        // Only read through reshapes (they may be copies); the new velocity is written back with assign.
        INDArray previous = velocity.reshape(gradientReshapeOrder, gradient.shape());
        gradient.muli(-learningRate).addi(previous.mul(config.momentum()));
        velocity.assign(gradient.reshape(gradientReshapeOrder, velocity.shape()));
        gradient.negi();
    }
}
