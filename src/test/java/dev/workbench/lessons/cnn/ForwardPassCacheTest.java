package dev.workbench.lessons.cnn;

import dev.workbench.lessons.autoencoder.AutoencoderLesson;
import dev.workbench.lessons.autoencoder.AutoencoderNetworks;
import dev.workbench.lessons.autoencoder.AutoencoderSettings;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.Settings;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The convolutional lessons keep each layer's forward pass for backprop (DL4J's {@code CacheMode})
 * instead of running the convolutions again: about 10% faster (docs/benchmarks.md, "Levers"). This
 * proves the setting is on and that it changes nothing in what the network learns.
 */
class ForwardPassCacheTest {
    @Test
    void leNetKeepsItsForwardPassAndLearnsExactlyTheSame() {
        NativeSetup.configure();
        Settings settings = new CnnLesson().validate(Map.of(), 1).orElseThrow();
        MultiLayerNetwork cached = CnnNetworks.lenet(CnnSettings.from(settings), 156);
        MultiLayerNetwork recomputed = CnnNetworks.lenet(CnnSettings.from(settings), 156);
        assertEquals(CacheMode.DEVICE, cached.getLayerWiseConfigurations().getCacheMode());
        recomputed.setCacheMode(CacheMode.NONE);

        INDArray images = Nd4j.rand(DataType.FLOAT, 16, 1, 28, 28);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 16, 10);
        for (int i = 0; i < 16; i++) {
            labels.putScalar(i, i % 10, 1);
        }
        for (int step = 0; step < 5; step++) {
            cached.fit(images, labels);
            recomputed.fit(images, labels);
        }
        assertEquals(0.0, cached.params().sub(recomputed.params()).amaxNumber().doubleValue(),
                "the cache only saves recomputing: same parameters after 5 updates");
    }

    @Test
    void theConvAutoencoderKeepsItsForwardPass() {
        NativeSetup.configure();
        Settings settings = new AutoencoderLesson().validate(Map.of("model", "conv"), 1).orElseThrow();
        MultiLayerNetwork net = AutoencoderNetworks.build(AutoencoderSettings.from(settings), 10);
        assertEquals(CacheMode.DEVICE, net.getLayerWiseConfigurations().getCacheMode());
    }
}
