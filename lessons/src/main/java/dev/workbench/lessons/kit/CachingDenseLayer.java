package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
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
    private final PassCounter withoutInputGradient = new PassCounter();
    private final KeptSums cache = new KeptSums();
    private INDArray cachedInput;
    private boolean inputGradientUnused;

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

    /**
     * From now on backprop returns no gradient for the layer's input (null), which saves a matrix
     * product as large as the forward pass's. Only for a network's first layer, and only when
     * nothing reads the network's input gradient.
     */
    void dropInputGradient() {
        inputGradientUnused = true;
    }

    boolean dropsInputGradient() {
        return inputGradientUnused;
    }

    /** Backward passes that computed no input gradient. */
    long passesWithoutInputGradient() {
        return withoutInputGradient.backwards();
    }

    /** Counts a backward pass without an input gradient; for subclasses with their own passes. */
    void countPassWithoutInputGradient() {
        withoutInputGradient.backward();
    }

    // DL4J's BaseLayer.backpropGradient for the plain case, less the input gradient.
    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (!inputGradientUnused || !PlainDensePass.isPlain(this) || !hasBias()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        INDArray z = preOutputWithPreNorm(true, true, workspaceMgr).getFirst();
        INDArray delta = layerConf().getActivationFn().backprop(z, epsilon).getFirst();
        Gradient gradient = new DefaultGradient(); // in DL4J's order: bias, then weights
        INDArray biasGradient = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
        delta.sum(biasGradient, 0);
        gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGradient);
        INDArray weightGradient = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
        Nd4j.gemm(input, delta, weightGradient, true, false, 1.0, 0.0);
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGradient);
        withoutInputGradient.backward();
        return new Pair<>(gradient, null);
    }

    @Override
    protected Pair<INDArray, INDArray> preOutputWithPreNorm(boolean training, boolean forBackprop,
            LayerWorkspaceMgr workspaceMgr) {
        if (forBackprop && cachedInput != null && cachedInput == input && cacheable()) {
            cachedInput = null; // once: DL4J's activation backprop writes into what it gets
            reuses.backward();
            return new Pair<>(cache.copyFor(workspaceMgr), null);
        }
        Pair<INDArray, INDArray> sums = super.preOutputWithPreNorm(training, forBackprop, workspaceMgr);
        cachedInput = null;
        if (training && !forBackprop && cacheable()) {
            cache.keep(sums.getFirst());
            cachedInput = input;
        }
        return sums;
    }

    private boolean cacheable() {
        return PlainDensePass.isPlain(this) && PlainDensePass.multiplyAdds(this) >= smallestProduct;
    }
}
