package dev.workbench.lessons.cnn;

import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.Settings;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DL4J 1.0.0-M2.1 ships its oneDNN helpers switched off (a system property and a broken
 * reflection lookup); without them the CNN trains about 4 times slower. This proves the fix is active.
 */
class OneDnnHelpersTest {
    @Test
    void convolutionLayersUseTheOneDnnHelper() throws Exception {
        NativeSetup.configure();
        assertEquals("false", System.getProperty("org.eclipse.deeplearning4j.helpers.disable"));
        assertTrue(BaseMKLDNNHelper.mklDnnEnabled(), "DL4J must see oneDNN as enabled");

        Settings settings = new CnnLesson().validate(Map.of(), 1).orElseThrow();
        MultiLayerNetwork net = CnnNetworks.lenet(CnnSettings.from(settings), 156);
        Layer conv = net.getLayer(0);
        assertTrue(conv instanceof ConvolutionLayer);
        Field helperField = ConvolutionLayer.class.getDeclaredField("helper");
        helperField.setAccessible(true);
        Object helper = helperField.get(conv);
        assertNotNull(helper, "conv1 has no layer helper: it would fall back to slow im2col code");
        assertEquals("MKLDNNConvHelper", helper.getClass().getSimpleName());
    }
}
