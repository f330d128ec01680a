package dev.workbench.lessons.autoencoder;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One trained or training autoencoder behind the same four verbs whatever its kind: fit a batch,
 * encode images to codes, decode codes to images, reconstruct. The dense and conv networks are
 * ordinary {@link MultiLayerNetwork}s trained with {@code fit} (input and label are both the image);
 * the VAE is a single {@code VariationalAutoencoder} layer trained with {@code pretrainLayer}, whose
 * output is the mean of q(z|x) and whose decoder is reached through {@code generateAtMeanGivenZ}.
 *
 * <p>Arrays are [n, 784] rows of pixels in [0, 1] (or [n, 30] standardised table rows) and [n, bottleneck] codes. Only the training
 * thread may call these methods.
 */
public final class Autoencoder {
    /** Forward passes go in chunks of this many images, so a conv net never holds 2,000 feature maps at once. */
    static final int CHUNK = 500;

    private final MultiLayerNetwork net;
    private final AutoencoderKind kind;
    private final int codeLayer;

    public Autoencoder(MultiLayerNetwork net, AutoencoderKind kind) {
        this.net = net;
        this.kind = kind;
        this.codeLayer = AutoencoderNetworks.bottleneckLayer(kind);
    }

    public MultiLayerNetwork network() {
        return net;
    }

    public AutoencoderKind kind() {
        return kind;
    }

    public int bottleneck() {
        return Math.toIntExact(kind == AutoencoderKind.VAE ? net.getLayer(0).getParam("pZXMeanW").size(1)
                : net.getLayer(codeLayer).getParam("W").size(1));
    }

    /**
     * One update on a batch whose features are the (possibly corrupted) inputs and whose labels are
     * the clean images; returns the batch's loss. For the VAE that is the negative evidence lower
     * bound divided by 784, so it reads per pixel like the other models' losses.
     */
    public double fit(DataSet batch) {
        if (kind == AutoencoderKind.VAE) {
            net.pretrainLayer(0, batch.getFeatures());
            return net.getLayer(0).score() / AutoencoderNetworks.PIXELS;
        }
        net.fit(batch);
        return net.score();
    }

    /** The codes of these images: the bottleneck's activations (for the VAE, the mean of z). */
    public INDArray encode(INDArray images) {
        return chunked(images, this::encodeChunk);
    }

    /** Images decoded from these codes. */
    public INDArray decode(INDArray codes) {
        return chunked(codes, this::decodeChunk);
    }

    /** Each image passed through the whole network (for the VAE: decoded from the mean of z). */
    public INDArray reconstruct(INDArray images) {
        return chunked(images, chunk -> kind == AutoencoderKind.VAE ? decodeChunk(encodeChunk(chunk)) : net.output(chunk, false));
    }

    /** Mean squared error per example between {@code outputs} and {@code targets}, both [n, features]. */
    public static double[] errorsPerImage(INDArray outputs, INDArray targets) {
        INDArray difference = outputs.sub(targets);
        return difference.muli(difference).mean(1).toDoubleVector();
    }

    private INDArray encodeChunk(INDArray images) {
        if (kind == AutoencoderKind.VAE) {
            return net.output(images, false);
        }
        return net.feedForwardToLayer(codeLayer, images, false).get(codeLayer + 1).dup();
    }

    private INDArray decodeChunk(INDArray codes) {
        if (kind == AutoencoderKind.VAE) {
            var vae = (org.deeplearning4j.nn.layers.variational.VariationalAutoencoder) net.getLayer(0);
            return vae.generateAtMeanGivenZ(codes).dup();
        }
        INDArray out = net.activateSelectedLayers(codeLayer + 1, net.getnLayers() - 1, codes);
        return out.reshape(out.size(0), out.length() / out.size(0)).dup();
    }

    private static INDArray chunked(INDArray rows, java.util.function.UnaryOperator<INDArray> op) {
        long n = rows.size(0);
        if (n <= CHUNK) {
            return op.apply(rows);
        }
        INDArray[] parts = new INDArray[Math.toIntExact((n + CHUNK - 1) / CHUNK)];
        for (int i = 0; i < parts.length; i++) {
            long from = (long) i * CHUNK;
            parts[i] = op.apply(rows.get(NDArrayIndex.interval(from, Math.min(n, from + CHUNK)), NDArrayIndex.all()).dup());
        }
        return Nd4j.vstack(parts);
    }
}
