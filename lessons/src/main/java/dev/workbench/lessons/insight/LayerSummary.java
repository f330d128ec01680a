package dev.workbench.lessons.insight;

/** One row of a model summary table. */
public record LayerSummary(int index, String name, String type, String outputShape, long parameters) {
}
