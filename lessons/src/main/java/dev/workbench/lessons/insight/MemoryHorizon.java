package dev.workbench.lessons.insight;

import dev.workbench.lessons.engine.ProbeRecord;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.ArrayList;
import java.util.List;

/**
 * The memory horizon of a recurrent network that reads windows shaped [batch, features, time]:
 * mean |dLoss/dx| over a fixed batch for each lag k = 0..T-1, k = 0 being the window's last step.
 * It says how strongly the loss still depends on what the network read k steps back, so a plain
 * RNN's vanishing gradient shows as a line falling on a log scale.
 */
public final class MemoryHorizon {
    /** The probe id every recurrent lesson reports it under (the app's Memory tab listens for it). */
    public static final String PROBE_ID = "memory-horizon";
    public static final String LABEL = "Memory horizon: |dLoss/dx(t-k)| by lag k";
    public static final String UNIT = "|dLoss/dx|";

    private MemoryHorizon() {
    }

    public static ProbeRecord.Bars measure(MultiLayerNetwork net, DataSet batch) {
        Pair<Gradient, INDArray> gradients = net.calculateGradients(batch.getFeatures(), batch.getLabels(), null, null);
        double[] perStep = Transforms.abs(gradients.getSecond(), true).mean(0, 1).toDoubleVector();
        int length = perStep.length;
        double[] byLag = new double[length];
        List<String> labels = new ArrayList<>(length);
        for (int k = 0; k < length; k++) {
            byLag[k] = perStep[length - 1 - k];
            labels.add("k=" + k);
        }
        return new ProbeRecord.Bars(labels, byLag, UNIT, true);
    }
}
