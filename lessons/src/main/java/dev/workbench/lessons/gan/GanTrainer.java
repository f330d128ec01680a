package dev.workbench.lessons.gan;

import dev.workbench.lessons.kit.OwnGradientUpdates;
import dev.workbench.lessons.kit.DenseForwardCache;
import dev.workbench.lessons.kit.FastDense;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * One generator and one discriminator and the two updates of the game. DL4J has no GAN trainer,
 * so the generator is trained by hand:
 *
 * <ol>
 *   <li><b>D step</b>: an ordinary {@code fit} of D on a batch of real samples (label 1, or 0.9
 *       with label smoothing) and generated ones (label 0). G is only run forwards.</li>
 *   <li><b>G step</b>: G's samples go through D with the label the generator wants D to give
 *       ({@link GanLoss}); {@code calculateGradients} returns the gradient of that loss with
 *       respect to D's <em>input</em>, without touching D's parameters. That gradient is G's
 *       output error: {@code backpropGradient} carries it through G, G's own updater (Adam...)
 *       turns it into a step, and the step is subtracted from G's parameters.</li>
 * </ol>
 *
 * <p>Three networks and parameter copying, as in the deeplearning4j-examples GAN, are not needed.
 * DL4J's gradients are sums over the batch; the updater divides by the batch size, as in {@code fit}.
 * Call from one thread only (ND4J workspaces).
 */
final class GanTrainer {
    private final MultiLayerNetwork generator;
    private final MultiLayerNetwork discriminator;
    private final GanLoss loss;
    private final double realLabel;
    private final DiffAugment augment;
    private int generatorIteration;

    /** What a D step measured: its loss and D's mean output on the real and on the generated samples (before the update). */
    record DStep(double loss, double dReal, double dFake) {
    }

    /** What a G step measured: the generator's loss and D's mean output on its samples (before the update). */
    record GStep(double loss, double dFake) {
    }

    GanTrainer(MultiLayerNetwork generator, MultiLayerNetwork discriminator, GanLoss loss, boolean labelSmoothing,
               DiffAugment augment) {
        this.generator = generator;
        this.discriminator = discriminator;
        DenseForwardCache.install(generator);
        DenseForwardCache.install(discriminator);
        FastDense.install(generator); // the layers the cache left alone: small ones
        FastDense.install(discriminator);
        OwnGradientUpdates.install(generator);
        OwnGradientUpdates.install(discriminator);
        this.loss = loss;
        this.realLabel = labelSmoothing ? 0.9 : 1.0;
        this.augment = augment;
    }

    MultiLayerNetwork generator() {
        return generator;
    }

    MultiLayerNetwork discriminator() {
        return discriminator;
    }

    GanLoss loss() {
        return loss;
    }

    /** Updates D once on {@code real} and on G's samples for {@code noise} (the same number of rows). */
    DStep stepDiscriminator(INDArray real, INDArray noise) {
        INDArray fake = generator.output(noise, false);
        INDArray realSeen = seen(real);
        INDArray fakeSeen = seen(fake);
        int n = (int) real.rows();
        int m = (int) fake.rows();
        INDArray features = Nd4j.vstack(realSeen, fakeSeen);
        INDArray labels = Nd4j.vstack(Nd4j.valueArrayOf(new long[]{n, 1}, realLabel, features.dataType()),
                Nd4j.zeros(features.dataType(), m, 1));
        INDArray before = discriminator.output(features, false);
        double dReal = before.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n)).meanNumber().doubleValue();
        double dFake = before.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(n, n + m)).meanNumber().doubleValue();
        discriminator.fit(new DataSet(features, labels));
        return new DStep(discriminator.score(), dReal, dFake);
    }

    /** Updates G once through D's input gradient on G's samples for {@code noise}; D is left as it was. */
    GStep stepGenerator(INDArray noise) {
        Gradients g = generatorGradients(noise);
        Gradient gradient = g.gradient();
        generator.getUpdater().update(generator, gradient, generatorIteration, 0, (int) noise.rows(),
                LayerWorkspaceMgr.noWorkspaces());
        generator.params().subi(gradient.gradient());
        generatorIteration++;
        return new GStep(g.loss(), g.dFake());
    }

    /** The generator's gradients for one batch, not applied; {@code sampleGradient} is dLoss/dSample, one row per sample. */
    record Gradients(Gradient gradient, INDArray samples, INDArray sampleGradient, double loss, double dFake) {
    }

    Gradients generatorGradients(INDArray noise) {
        generator.setInput(noise);
        List<INDArray> activations = generator.feedForward(true, false);
        INDArray fake = activations.get(activations.size() - 1);
        DiffAugment.Draw draw = augment.active() ? augment.draw((int) fake.rows()) : null;
        INDArray fakeSeen = draw == null ? fake : draw.forward(fake);
        INDArray dOut = discriminator.output(fakeSeen, false);
        double dFake = dOut.meanNumber().doubleValue();
        double gLoss = 0;
        for (double d : dOut.toDoubleVector()) {
            gLoss += loss.generatorLoss(d);
        }
        gLoss /= dOut.rows();
        // The minimax generator minimises log(1 - D) = -(D's cross-entropy against "fake"): follow the
        // negated gradient of D's loss for label 0. The other two want D to say "real" (label 1).
        INDArray target = loss == GanLoss.MINIMAX
                ? Nd4j.zeros(fakeSeen.dataType(), fakeSeen.rows(), 1)
                : Nd4j.ones(fakeSeen.dataType(), fakeSeen.rows(), 1);
        Pair<Gradient, INDArray> throughD = discriminator.calculateGradients(fakeSeen, target, null, null);
        INDArray epsilon = throughD.getSecond().dup();
        if (loss == GanLoss.MINIMAX) {
            epsilon.negi();
        }
        if (draw != null) {
            epsilon = draw.backward(epsilon);
        }
        Pair<Gradient, INDArray> throughG = generator.backpropGradient(epsilon, LayerWorkspaceMgr.noWorkspaces());
        return new Gradients(throughG.getFirst(), fake.dup(), epsilon, gLoss, dFake);
    }

    private INDArray seen(INDArray samples) {
        return augment.active() ? augment.draw((int) samples.rows()).forward(samples) : samples;
    }
}
