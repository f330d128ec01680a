package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.updater.graph.ComputationGraphUpdater;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A ComputationGraph's updater that knows the graph's own gradient when it sees it. DL4J's treats a
 * gradient as "external" unless its flattened array is the very object the graph keeps, and a
 * graph's gradient never is: {@code DefaultGradient.gradient()} hands out a new reshaped view of the
 * graph's {@code [1, n]} array every time. The external path then cuts two new views per parameter
 * array, twice per update (before and after the optimizer step, for regularization), which costs
 * more than the update itself on a small network. Same numbers either way: both paths update the
 * same memory.
 */
final class OwnGradientUpdater extends ComputationGraphUpdater {
    private final PassCounter ownGradients = new PassCounter();

    /** @param state the updater state to carry on with (the current updater's, so a restored run keeps its Adam moments) */
    OwnGradientUpdater(ComputationGraph graph, INDArray state) {
        super(graph, state);
    }

    /** Updates that took the graph's own gradient for what it is. */
    long ownGradientUpdates() {
        return ownGradients.forwards();
    }

    @Override
    public synchronized void update(Gradient gradient, int iteration, int epoch, int batchSize,
            LayerWorkspaceMgr workspaceMgr) {
        INDArray own = getFlattenedGradientsView();
        if (gradient.gradient() != own && sameNumbers(gradient.gradient(), own)) {
            gradient = new OwnGradient(gradient, own);
            ownGradients.forward();
        }
        super.update(gradient, iteration, epoch, batchSize, workspaceMgr);
    }

    private static boolean sameNumbers(INDArray a, INDArray b) {
        return a != null && b != null && a.length() == b.length() && a.dataType() == b.dataType()
                && a.elementWiseStride() == 1 && b.elementWiseStride() == 1
                && a.data().addressPointer().address() == b.data().addressPointer().address();
    }

    /** The same per-variable gradients, with the graph's own flattened array handed out as it is. */
    private static final class OwnGradient extends DefaultGradient {
        private final INDArray own;

        OwnGradient(Gradient original, INDArray own) {
            super(own);
            this.own = own;
            original.gradientForVariable().forEach((name, array) ->
                    setGradientFor(name, array, original.flatteningOrderForVariable(name)));
        }

        @Override
        public INDArray gradient() {
            return own;
        }
    }
}
