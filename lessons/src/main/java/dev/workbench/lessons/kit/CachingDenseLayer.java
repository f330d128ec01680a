package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's dense layer that keeps the weighted sums {@code z = xW + b} of its last training forward
 * pass for the backward pass that follows: DL4J's own layer computes them again in backprop, one
 * more matrix product per layer and update. The copy is used once, and only when backprop runs on
 * the very input object the forward pass saw; anything else computes {@code z} as DL4J does. Layers
 * with dropout, weight noise, layer norm or a mask, and small ones, where the copy would cost more
 * than the product, are left to DL4J's code.
 */
class CachingDenseLayer extends DenseLayer {
    private final long smallestProduct;
    private final PassCounter reuses = new PassCounter();
    private INDArray cache;
    private INDArray cachedInput;

    /** @param smallestProduct the fewest multiply-adds ({@code batch x nIn x nOut}) worth keeping */
    CachingDenseLayer(DenseLayer original, long smallestProduct) {
        super(original.conf(), original.getDataType());
        this.smallestProduct = smallestProduct;
        LayerSwap.adoptState(original, this);
    }

    /** The fewest multiply-adds worth keeping; {@link Long#MAX_VALUE} for a layer that keeps none. */
    long smallestProduct() {
        return smallestProduct;
    }

    /** Backward passes that reused the forward pass's sums. */
    long reuses() {
        return reuses.backwards();
    }

    @Override
    protected Pair<INDArray, INDArray> preOutputWithPreNorm(boolean training, boolean forBackprop,
            LayerWorkspaceMgr workspaceMgr) {
        if (forBackprop && cachedInput != null && cachedInput == input && cacheable()) {
            cachedInput = null; // once: DL4J's activation backprop writes into what it gets
            reuses.backward();
            return new Pair<>(workspaceMgr.dup(ArrayType.ACTIVATIONS, cache), null);
        }
        Pair<INDArray, INDArray> sums = super.preOutputWithPreNorm(training, forBackprop, workspaceMgr);
        cachedInput = null;
        if (training && !forBackprop && cacheable()) {
            keep(sums.getFirst());
            cachedInput = input;
        }
        return sums;
    }

    // Outside every workspace: DL4J may reuse the forward pass's workspace before backprop runs.
    private void keep(INDArray sums) {
        if (cache == null || !java.util.Arrays.equals(cache.shape(), sums.shape())) {
            try (MemoryWorkspace none = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                cache = Nd4j.createUninitialized(DataType.FLOAT, sums.shape(), 'c');
            }
        }
        cache.assign(sums);
    }

    private boolean cacheable() {
        var conf = layerConf();
        return input != null && input.rank() == 2 && input.dataType() == DataType.FLOAT && maskArray == null
                && conf.getIDropout() == null && conf.getWeightNoise() == null && !hasLayerNorm()
                && input.size(0) * conf.getNIn() * conf.getNOut() >= smallestProduct;
    }
}
