package dev.workbench.lessons.optim;

/** A hyperparameter an optimizer kind reads; lets a settings form show only the fields that matter. */
public enum OptimizerParameter {
    LEARNING_RATE("Learning rate"),
    MOMENTUM("Momentum"),
    BETA1("Beta 1 (mean decay)"),
    /** Decay of the running average of squared gradients: Adam's beta2, RMSProp's decay, AdaDelta's rho. */
    BETA2("Beta 2 / decay of squared gradients"),
    EPSILON("Epsilon");

    private final String label;

    OptimizerParameter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
