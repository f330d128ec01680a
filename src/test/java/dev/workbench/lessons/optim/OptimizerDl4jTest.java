package dev.workbench.lessons.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.schedule.ScheduleKind;
import dev.workbench.lessons.schedule.ScheduleSpec;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.nd4j.linalg.schedule.RampSchedule;

/** The updaters this package builds work inside real DL4J networks, including the workbench's own ones. */
class OptimizerDl4jTest {

    @Test
    void everyUpdaterSurvivesTheNetworkJsonRoundTrip() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            assertJsonRoundTrip(OptimizerConfig.defaults(kind).toUpdater());
        }
    }

    @Test
    void everyScheduleKindSurvivesTheNetworkJsonRoundTripWithAndWithoutWarmup() {
        List<ScheduleSpec> specs = List.of(ScheduleSpec.fixed(0.05), ScheduleSpec.step(0.05, 0.5, 100),
                ScheduleSpec.exponential(0.05, 0.99), ScheduleSpec.inverse(0.05, 0.01, 0.75),
                ScheduleSpec.poly(0.05, 2, 300, 0), ScheduleSpec.cosine(0.05, 0.001, 500));
        for (ScheduleSpec spec : specs) {
            assertEquals(ScheduleKind.values()[specs.indexOf(spec)], spec.kind(), "one spec per kind, in order");
            for (OptimizerKind kind : List.of(OptimizerKind.MOMENTUM, OptimizerKind.ADAM)) {
                OptimizerConfig config = OptimizerConfig.of(kind, 0.05);
                assertJsonRoundTrip(config.toUpdater(spec.toSchedule()));
                assertJsonRoundTrip(config.toUpdater(spec.withWarmup(20).toSchedule()));
            }
        }
    }

    @Test
    void nd4jRampScheduleCannotBeReadBackWhichIsWhyWarmupHasItsOwnSchedule() {
        IUpdater ramped = new Adam(new RampSchedule(new FixedSchedule(0.01), 10));
        String json = configuration(ramped).toJson();
        assertThrows(RuntimeException.class, () -> MultiLayerConfiguration.fromJson(json),
                "if this passes, ND4J's RampSchedule has become readable and LinearWarmupSchedule can go");
    }

    @Test
    void heavyBallMomentumKeepsItsVelocityAcrossNetworkIterations() {
        double lr = 0.05;
        double mu = 0.9;
        MultiLayerNetwork net = network(new HeavyBallMomentum(lr, null, mu));
        DataSet data = data();

        INDArray p0 = net.params().dup();
        net.fit(data);
        INDArray p1 = net.params().dup();
        // DL4J's updater sees the summed gradient divided by the minibatch size.
        INDArray g1 = gradientAt(net, data).div(data.numExamples());
        net.fit(data);
        INDArray p2 = net.params().dup();

        // θ₂ = θ₁ + v₂ with v₂ = μ·v₁ − η·g₁ and v₁ = θ₁ − θ₀.
        INDArray expected = p1.add(p1.sub(p0).mul(mu)).sub(g1.mul(lr));
        assertTrue(expected.equalsWithEps(p2, 1e-12), "expected " + expected + " got " + p2);
        assertTrue(p1.sub(p0).norm2Number().doubleValue() > 1e-6, "the first step moved");
    }

    private static void assertJsonRoundTrip(IUpdater updater) {
        MultiLayerConfiguration conf = configuration(updater);
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(conf.toJson());
        IUpdater restored = ((BaseLayer) back.getConf(0).getLayer()).getIUpdater();
        assertEquals(updater, restored, updater.getClass().getSimpleName());
    }

    private static MultiLayerNetwork network(IUpdater updater) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(updater));
        net.init();
        return net;
    }

    private static MultiLayerConfiguration configuration(IUpdater updater) {
        return new NeuralNetConfiguration.Builder()
                .seed(5)
                .dataType(DataType.DOUBLE)
                .updater(updater)
                .list()
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                        .nIn(3).nOut(2).activation(Activation.IDENTITY).build())
                .build();
    }

    private static DataSet data() {
        INDArray features = Nd4j.createFromArray(new double[][] {{1, 0.5, -1}, {0.2, -0.3, 0.8}, {-1, 1, 0}});
        INDArray labels = Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}, {0.5, 0.5}});
        return new DataSet(features, labels);
    }

    private static INDArray gradientAt(MultiLayerNetwork net, DataSet data) {
        net.setInput(data.getFeatures());
        net.setLabels(data.getLabels());
        net.computeGradientAndScore();
        return net.gradient().gradient().dup();
    }
}
