package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's output layer that computes its weighted sums {@code z = xW + b} once per training step
 * instead of twice: {@code fit} asks for them for backprop and again for the score, on the same
 * input with the same parameters. The first training-mode computation after the input is set keeps
 * a copy; the next one takes it, once. Setting the input again drops it, so a copy never outlives
 * the step it was made in. Layers with dropout, weight noise, layer norm or a mask, and small ones,
 * where the copy would cost more than the product, are left to DL4J's code.
 */
class CachingOutputLayer extends OutputLayer {
    private final long smallestProduct;
    private final PassCounter reuses = new PassCounter();
    private final KeptSums cache = new KeptSums();
    private boolean cached;

    /** @param smallestProduct the fewest multiply-adds ({@code batch x nIn x nOut}) worth keeping */
    CachingOutputLayer(OutputLayer original, long smallestProduct) {
        super(original.conf(), original.getDataType());
        this.smallestProduct = smallestProduct;
        LayerSwap.adoptState(original, this);
    }

    /** The fewest multiply-adds worth keeping; {@link Long#MAX_VALUE} for a layer that keeps none. */
    long smallestProduct() {
        return smallestProduct;
    }

    /** Training steps whose second computation of the sums was a copy. */
    long reuses() {
        return reuses.backwards();
    }

    @Override
    public void setInput(INDArray input, LayerWorkspaceMgr workspaceMgr) {
        cached = false;
        super.setInput(input, workspaceMgr);
    }

    @Override
    protected Pair<INDArray, INDArray> preOutputWithPreNorm(boolean training, boolean forBackprop,
            LayerWorkspaceMgr workspaceMgr) {
        if (training && cached && cacheable()) {
            cached = false; // once: DL4J's loss and activation backprop write into what they get
            reuses.backward();
            return new Pair<>(cache.copyFor(workspaceMgr), null);
        }
        Pair<INDArray, INDArray> sums = super.preOutputWithPreNorm(training, forBackprop, workspaceMgr);
        cached = false;
        if (training && cacheable()) {
            cache.keep(sums.getFirst());
            cached = true;
        }
        return sums;
    }

    private boolean cacheable() {
        return PlainDensePass.isPlain(this) && PlainDensePass.multiplyAdds(this) >= smallestProduct;
    }
}
