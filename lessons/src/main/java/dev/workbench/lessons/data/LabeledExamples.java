package dev.workbench.lessons.data;

import java.util.List;

/**
 * Examples of any shape seen as flat rows of numbers with a class label each: the common ground of
 * {@link LabeledImages} (a row is an image's pixels) and {@link LabeledTable} (a row is a table row),
 * for models such as a dense autoencoder that only need flat vectors.
 */
public interface LabeledExamples {
    int size();

    /** Numbers per example. */
    int featureCount();

    /** A copy of example {@code index}'s numbers. */
    float[] features(int index);

    int label(int index);

    List<String> classNames();

    /** The examples at the given positions, in that order. */
    LabeledExamples select(int[] indices);
}
