package dev.workbench.lessons.engine;

/** A session whose learning rate can be changed between iterations (for the learning-rate range test). */
public interface LearningRateControl {
    void setLearningRate(double learningRate);
}
