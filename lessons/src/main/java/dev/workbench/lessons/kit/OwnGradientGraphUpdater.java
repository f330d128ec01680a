package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.updater.graph.ComputationGraphUpdater;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A ComputationGraph's updater that takes the graph's own gradient for what it is ({@link OwnGradient}). */
final class OwnGradientGraphUpdater extends ComputationGraphUpdater {
    private final PassCounter ownGradients = new PassCounter();

    /** @param state the updater state to carry on with (the current updater's, so a run keeps its Adam moments) */
    OwnGradientGraphUpdater(ComputationGraph graph, INDArray state) {
        super(graph, state);
    }

    long ownGradientUpdates() {
        return ownGradients.forwards();
    }

    @Override
    public synchronized void update(Gradient gradient, int iteration, int epoch, int batchSize,
            LayerWorkspaceMgr workspaceMgr) {
        Gradient own = OwnGradient.recognised(gradient, getFlattenedGradientsView());
        if (own != null) {
            ownGradients.forward();
        }
        super.update(own != null ? own : gradient, iteration, epoch, batchSize, workspaceMgr);
    }
}
