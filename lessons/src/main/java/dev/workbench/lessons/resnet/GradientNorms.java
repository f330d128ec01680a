package dev.workbench.lessons.resnet;

import dev.workbench.lessons.engine.NativeFloats;
import java.nio.FloatBuffer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
            norms[i] = w == null ? Double.NaN : norm(w);
        }
        measured = true;
    }

    // A Java loop where it can: an ND4J reduction per layer cost as much as the layer's own training step.
    private static double norm(INDArray array) {
        if (!NativeFloats.contiguous(array) || !Nd4j.getEnvironment().isCPU()) { // host memory only
            return array.norm2Number().doubleValue();
        }
        FloatBuffer numbers = NativeFloats.of(array);
        double sum = 0;
        for (int i = 0; i < numbers.limit(); i++) {
            double x = numbers.get(i);
            sum += x * x;
        }
        return Math.sqrt(sum);
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
