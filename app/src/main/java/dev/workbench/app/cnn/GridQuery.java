package dev.workbench.app.cnn;

/**
 * Which test images the prediction grid shows: a fixed spread over the test set, or the images
 * of one confusion-matrix cell.
 */
public sealed interface GridQuery {
    /** Images shown at most. */
    int MAX_IMAGES = 24;

    record Sample() implements GridQuery {
    }

    record Cell(int trueLabel, int predictedLabel) implements GridQuery {
    }

    GridQuery SAMPLE = new Sample();
}
