package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's pooling layer with {@link JavaMaxPoolingHelper} as its helper, asked for the forward pass
 * too: DL4J 1.0.0-M2.1's own layer asks its helper only for the backward pass. Pooling the helper
 * does not cover runs DL4J's code both ways. Same configuration, so checkpoints are unchanged.
 */
final class JavaMaxPoolingLayer extends SubsamplingLayer {

    JavaMaxPoolingLayer(SubsamplingLayer original) {
        super(original.conf(), original.getDataType());
        helper = new JavaMaxPoolingHelper();
        setIndex(original.getIndex());
        setListeners(original.getListeners());
    }

    PassCounter passes() {
        return ((JavaMaxPoolingHelper) helper).passes();
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        var conf = layerConf();
        INDArray pooled = helper.activate(input, training, conf.getKernelSize(), conf.getStride(), conf.getPadding(),
                conf.getPoolingType(), conf.getConvolutionMode(), conf.getDilation(), conf.getCnn2dDataFormat(),
                workspaceMgr);
        return pooled != null ? pooled : super.activate(training, workspaceMgr);
    }
}
