package dev.workbench.lessons.insight;

import dev.workbench.lessons.data.ImageBatchIterator;
import dev.workbench.lessons.data.LabeledImages;
import dev.workbench.lessons.kit.Dl4jModel;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks inside a trained image classifier: loss and accuracy on a set, predictions, the confusion
 * matrix, the layer table, first-layer filters and feature maps. Must run on the thread that
 * trains the network. Results are copies; no ND4J array escapes.
 *
 * <p>Works on a {@link MultiLayerNetwork} and on a single-input {@link ComputationGraph} alike.
 * Filters and feature maps need a convolution layer: a network without one has none to show, so
 * those lists are empty (see {@link #hasConvolution()}) rather than an error.
 */
public final class ClassifierInsights {
    private static final int EVAL_BATCH = 500;

    private final Dl4jModel net;

    public ClassifierInsights(Dl4jModel net) {
        this.net = net;
    }

    public ClassifierInsights(MultiLayerNetwork net) {
        this(Dl4jModel.of(net));
    }

    public ClassifierInsights(ComputationGraph graph) {
        this(Dl4jModel.of(graph));
    }

    /** Mean loss (without regularization terms) and accuracy. */
    public record Score(double loss, double accuracy) {
    }

    public Score score(LabeledImages images) {
        ImageBatchIterator batches = new ImageBatchIterator(images, EVAL_BATCH, false, 0);
        double lossSum = 0;
        int correct = 0;
        int seen = 0;
        while (seen < images.size()) {
            DataSet batch = batches.next(EVAL_BATCH);
            int n = batch.numExamples();
            INDArray output = net.output(batch.getFeatures());
            lossSum += crossEntropySum(output, batch.getLabels());
            int[] predicted = argMax(output);
            for (int i = 0; i < n; i++) {
                if (images.label(seen + i) == predicted[i]) {
                    correct++;
                }
            }
            seen += n;
        }
        return new Score(lossSum / images.size(), correct / (double) images.size());
    }

    public List<Prediction> predictions(LabeledImages images, int[] indices) {
        LabeledImages chosen = images.select(indices);
        DataSet batch = new ImageBatchIterator(chosen, Math.max(1, indices.length), false, 0).next(indices.length);
        float[][] probabilities = net.output(batch.getFeatures()).toFloatMatrix();
        List<Prediction> result = new ArrayList<>();
        for (int i = 0; i < indices.length; i++) {
            int predicted = argMax(probabilities[i]);
            ImageSample image = new ImageSample(images.cols(), images.rows(), chosen.image(i),
                    images.classNames().get(chosen.label(i)));
            result.add(new Prediction(indices[i], image, chosen.label(i), predicted, probabilities[i]));
        }
        return result;
    }

    public ConfusionMatrix confusionMatrix(LabeledImages images) {
        ConfusionMatrix matrix = new ConfusionMatrix(images.classNames());
        ImageBatchIterator batches = new ImageBatchIterator(images, EVAL_BATCH, false, 0);
        int seen = 0;
        while (seen < images.size()) {
            DataSet batch = batches.next(EVAL_BATCH);
            int[] predicted = argMax(net.output(batch.getFeatures()));
            for (int i = 0; i < predicted.length; i++) {
                matrix.add(seen + i, images.label(seen + i), predicted[i]);
            }
            seen += predicted.length;
        }
        return matrix;
    }

    /** Layer table (a graph's vertices in forward order); output shapes come from a forward pass of one example. */
    public List<LayerSummary> modelSummary(LabeledImages images) {
        INDArray example = new ImageBatchIterator(images.select(new int[]{0}), 1, false, 0).next(1).getFeatures();
        return net.summary(example);
    }

    /** Whether the network has a convolution layer, i.e. filters and feature maps to show. */
    public boolean hasConvolution() {
        return net.firstConvolution().isPresent();
    }

    /**
     * The learned kernels of the first convolution layer, one image per filter (first input
     * channel); empty when the network has no convolution layer.
     */
    public List<ImageSample> firstLayerFilters() {
        Optional<INDArray> found = net.firstConvolution().flatMap(name -> net.parameter(name, "W"));
        if (found.isEmpty()) {
            return List.of();
        }
        INDArray weights = found.get();
        long filters = weights.size(0);
        int kh = (int) weights.size(2);
        int kw = (int) weights.size(3);
        List<ImageSample> result = new ArrayList<>();
        for (int f = 0; f < filters; f++) {
            float[] kernel = weights.get(org.nd4j.linalg.indexing.NDArrayIndex.point(f),
                    org.nd4j.linalg.indexing.NDArrayIndex.point(0)).dup().data().asFloat();
            result.add(new ImageSample(kw, kh, kernel, "filter " + (f + 1)));
        }
        return result;
    }

    /**
     * What each first-layer filter responds to in one image: the convolution's output channels;
     * empty when the network has no convolution layer.
     */
    public List<ImageSample> featureMaps(LabeledImages images, int index) {
        Optional<String> convolution = net.firstConvolution();
        if (convolution.isEmpty()) {
            return List.of();
        }
        INDArray example = new ImageBatchIterator(images.select(new int[]{index}), 1, false, 0).next(1).getFeatures();
        INDArray maps = net.activations(convolution.get(), example);
        int channels = (int) maps.size(1);
        int h = (int) maps.size(2);
        int w = (int) maps.size(3);
        List<ImageSample> result = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            float[] map = maps.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                    org.nd4j.linalg.indexing.NDArrayIndex.point(c)).dup().data().asFloat();
            result.add(new ImageSample(w, h, map, "map " + (c + 1)));
        }
        return result;
    }

    private static double crossEntropySum(INDArray probabilities, INDArray oneHot) {
        INDArray clipped = Transforms.max(probabilities, 1e-7, true);
        return -Transforms.log(clipped, false).muli(oneHot).sumNumber().doubleValue();
    }

    private static int[] argMax(INDArray output) {
        return output.argMax(1).toIntVector();
    }

    private static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
