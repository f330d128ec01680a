package dev.workbench.lessons.kit;

import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.ChoiceParameter;
import dev.workbench.lessons.engine.HyperParameter.IntegerParameter;

import java.util.List;

/**
 * The hyperparameters every image-classifier lesson declares, read back by
 * {@link ClassifierSettings}. Lessons differ in defaults, ranges and wording, so each factory
 * takes those; names and aliases are the same everywhere, which keeps the CLI consistent.
 */
public final class ClassifierParameters {
    public static final String BATCH_SIZE = "batch-size";
    public static final String EPOCHS = "epochs";
    public static final String ACTIVATION = "activation";
    public static final String TRAIN_IMAGES = "train-images";

    private ClassifierParameters() {
    }

    public static HyperParameter batchSize(String description, int defaultValue, int max) {
        return new IntegerParameter(BATCH_SIZE, "Batch size", description, List.of("batch"), defaultValue, 1, max);
    }

    public static HyperParameter epochs(int defaultValue, int max) {
        return new IntegerParameter(EPOCHS, "Epochs", "Passes over the training images.", List.of(), defaultValue, 1, max);
    }

    /** @param choices names known to {@link Activations#named(String)}; the first is the default */
    public static HyperParameter activation(String description, List<String> choices) {
        if (!Activations.NAMES.containsAll(choices)) {
            throw new IllegalArgumentException("unknown activations in " + choices);
        }
        return new ChoiceParameter(ACTIVATION, "Activation", description, List.of(), choices.get(0), choices);
    }

    public static HyperParameter trainImages(String description, int defaultValue, int min, int max) {
        return new IntegerParameter(TRAIN_IMAGES, "Training images", description, List.of(), defaultValue, min, max);
    }
}
