package dev.workbench.lessons.insight;

/** What the network thinks of one test image. */
public record Prediction(int index, ImageSample image, int trueLabel, int predictedLabel, float[] probabilities) {
    public Prediction {
        probabilities = probabilities.clone();
    }

    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }

    public boolean correct() {
        return trueLabel == predictedLabel;
    }

    public float confidence() {
        return probabilities[predictedLabel];
    }
}
