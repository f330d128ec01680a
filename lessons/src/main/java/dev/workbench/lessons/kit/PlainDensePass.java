package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.layers.BaseLayer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The one kind of dense-layer pass the kit's layers replace, and its size. */
final class PlainDensePass {
    private PlainDensePass() {
    }

    /** Float 2-D input to a float layer, without a mask, dropout, weight noise or layer norm. */
    static boolean isPlain(BaseLayer<?> layer) {
        INDArray input = layer.input();
        var conf = layer.layerConf();
        return input != null && input.rank() == 2 && input.dataType() == DataType.FLOAT
                && layer.getMaskArray() == null && layer.getDataType() == DataType.FLOAT
                && conf.getIDropout() == null && conf.getWeightNoise() == null && !layer.hasLayerNorm();
    }

    /** The pass's multiply-adds, {@code batch x nIn x nOut}; call for a {@linkplain #isPlain plain} pass. */
    static long multiplyAdds(BaseLayer<? extends org.deeplearning4j.nn.conf.layers.FeedForwardLayer> layer) {
        return layer.input().size(0) * layer.layerConf().getNIn() * layer.layerConf().getNOut();
    }
}
