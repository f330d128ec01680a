package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A MultiLayerNetwork's updater that takes the network's own gradient for what it is ({@link OwnGradient}). */
final class OwnGradientNetworkUpdater extends MultiLayerUpdater {
    private final PassCounter ownGradients = new PassCounter();

    /** @param state the updater state to carry on with (the current updater's, so a run keeps its Adam moments) */
    OwnGradientNetworkUpdater(MultiLayerNetwork net, INDArray state) {
        super(net, state);
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
