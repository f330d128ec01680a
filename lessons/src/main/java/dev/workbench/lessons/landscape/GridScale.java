package dev.workbench.lessons.landscape;

/** How sampled values map to [0, 1] for colouring. */
public enum GridScale {
    /** {@code (v − min) / (max − min)}. */
    LINEAR,
    /**
     * {@code ln(1 + v − min) / ln(1 + max − min)}: spreads the colours over the low region near the minima,
     * where test functions such as Rosenbrock are flat compared with their walls.
     */
    LOG
}
