package dev.workbench.lessons.augment;

import dev.workbench.lessons.cnn.CnnLesson;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AugTextTest {
    @Test
    void pipelineSurvivesATextRoundTrip() {
        AugmentationPipeline pipeline = AugmentationPresets.named("strong");
        String text = AugmentationText.format(pipeline);
        assertEquals(pipeline, AugmentationText.parse(text));
        assertTrue(text.startsWith("horizontal-flip@0.5,rotation:15@0.5"), text);
    }

    @Test
    void badTextSaysWhatIsWrong() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> AugmentationText.parse("twirl:3@0.5"));
        assertTrue(unknown.getMessage().contains("unknown transform 'twirl'") && unknown.getMessage().contains("rotation"));
        var noProbability = assertThrows(IllegalArgumentException.class, () -> AugmentationText.parse("rotation:15"));
        assertTrue(noProbability.getMessage().contains("needs a probability"));
    }

    @Test
    void emptyOrPartlyIgnoredTextIsRefused() {
        for (String text : new String[]{"", "  ", ",", "rotation:15@0.5,", "rotation:15:3@0.5", "horizontal-flip:NaN@0.5",
                "horizontal-flip:0.3@0.5", "rotation:NaN@0.5", "rotation:15@Infinity"}) {
            var refused = assertThrows(IllegalArgumentException.class, () -> AugmentationText.parse(text), "'" + text + "'");
            assertTrue(refused.getMessage().length() < 200, refused.getMessage());
        }
    }

    @Test
    void customPipelineIsValidatedAsALessonSetting() {
        CnnLesson lesson = CnnLesson.augmentation();
        assertTrue(lesson.validate(Map.of("augmentation", "custom", "augmentation-spec", "rotation:20@0.5"), 1).isValid());
        var bad = lesson.validate(Map.of("augmentation", "custom", "augmentation-spec", "rotation:500@0.5"), 1);
        assertFalse(bad.isValid());
        assertTrue(bad.errors().get("augmentation-spec").startsWith("Custom augmentation: 'rotation:500@0.5'"),
                bad.errors().toString());
    }
}
