package dev.workbench.lessons.resnet;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;

/**
 * Reads the L2 norm of every weight layer's gradient right after backpropagation and before the
 * updater (and any gradient clipping) changes it in place, and keeps them as plain doubles. DL4J
 * calls {@link #onGradientCalculation} on the training thread; so do the session's readers.
 */
final class GradientNorms extends BaseTrainingListener {
    private final List<String> layers;
    private final double[] norms;
    private boolean measured;

    /** @param layers weight layers from input to output; their "_W" gradients are measured */
    GradientNorms(List<String> layers) {
        this.layers = List.copyOf(layers);
        this.norms = new double[layers.size()];
    }

    @Override
    public void onGradientCalculation(Model model) {
        Gradient gradient = model.gradient();
        if (gradient == null) {
            return;
        }
        Map<String, INDArray> byVariable = gradient.gradientForVariable();
        for (int i = 0; i < layers.size(); i++) {
            INDArray w = byVariable.get(layers.get(i) + "_W");
            norms[i] = w == null ? Double.NaN : w.norm2Number().doubleValue();
        }
        measured = true;
    }

    List<String> layers() {
        return layers;
    }

    /** The norms of the last update, or empty before the first one. */
    java.util.Optional<double[]> latest() {
        return measured ? java.util.Optional.of(norms.clone()) : java.util.Optional.empty();
    }

    /**
     * How much gradient reaches the first layer compared with the last: norm(stem) / norm(output).
     * Near 1 (or above) in a healthy network; orders of magnitude below 1 when gradients vanish.
     */
    double firstToLastRatio() {
        if (!measured) {
            return Double.NaN;
        }
        return norms[0] / norms[norms.length - 1];
    }
}
