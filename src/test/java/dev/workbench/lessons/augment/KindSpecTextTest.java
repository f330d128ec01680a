package dev.workbench.lessons.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbench.lessons.augment.noise.NoiseCorruptionText;
import dev.workbench.lessons.augment.noise.NoiseKind;
import dev.workbench.lessons.augment.noise.ValueRange;
import dev.workbench.lessons.augment.series.SeriesAugmentation;
import dev.workbench.lessons.augment.series.SeriesAugmentationText;
import dev.workbench.lessons.augment.series.SeriesTransformKind;
import dev.workbench.lessons.engine.HyperParameter.InvalidValueException;
import dev.workbench.lessons.engine.HyperParameter.TextParameter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindSpecTextTest {
    @Test
    void seriesAugmentationSurvivesATextRoundTrip() {
        SeriesAugmentation parsed = SeriesAugmentationText.parse(" time-warp:0.2@0.5 , jitter:0.03@0.5 ");
        assertEquals(List.of(new KindSpec<>(SeriesTransformKind.TIME_WARP, 0.2, 0.5),
                new KindSpec<>(SeriesTransformKind.JITTER, 0.03, 0.5)), parsed.specs().specs());
        String text = SeriesAugmentationText.format(parsed);
        assertEquals("time-warp:0.2@0.5,jitter:0.03@0.5", text);
        assertEquals(parsed, SeriesAugmentationText.parse(text));
    }

    @Test
    void noneIsNoAugmentationAndFormatsBack() {
        SeriesAugmentation none = SeriesAugmentationText.parse("none");
        assertTrue(none.isIdentity());
        assertEquals("none", SeriesAugmentationText.format(none));
        assertEquals("none", SeriesAugmentationText.format(SeriesAugmentationText.parse("jitter:0@0.5")));
    }

    @Test
    void noiseCorruptionSurvivesATextRoundTrip() {
        var corruption = NoiseCorruptionText.parse("masking:0.3@1,gaussian:0.1@0.5", ValueRange.UNIT);
        assertEquals(NoiseKind.GAUSSIAN, corruption.specs().specs().get(0).kind());
        assertEquals("gaussian:0.1@0.5,masking:0.3@1", NoiseCorruptionText.format(corruption));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                     | empty; write 'none'",
            "'   '                                  | empty; write 'none'",
            "','                                    | entry 1 is empty",
            "'jitter:0.03@0.5,'                     | entry 2 is empty",
            "'jitter:0.03@0.5,,scaling:0.1@0.5'     | entry 2 is empty",
            "'twirl:0.1@0.5'                        | unknown transform 'twirl'; valid: window-slice, window-warp",
            "'jitter:NaN@0.5'                       | strength must be a finite number, got NaN",
            "'jitter:0.03@NaN'                      | probability must be a finite number, got NaN",
            "'jitter:Infinity@0.5'                  | strength must be a finite number",
            "'jitter:0.9@0.5'                       | Jitter strength must be in [0.0, 0.5], got 0.9",
            "'jitter:-0.1@0.5'                      | Jitter strength must be in [0.0, 0.5], got -0.1",
            "'jitter:0.03@1.5'                      | Jitter probability must be in [0, 1], got 1.5",
            "'jitter:abc@0.5'                       | strength 'abc' is not a number",
            "'jitter:0.03'                          | needs exactly name:strength@probability",
            "'jitter@0.5'                           | needs exactly name:strength@probability",
            "'jitter:0.1:0.2@0.5'                   | needs exactly name:strength@probability",
            "'jitter:0.1@0.5@0.2'                   | needs exactly name:strength@probability",
            "'jitter:0.1@0.5,jitter:0.2@0.5'        | more than one entry for jitter",
    })
    void badSeriesTextSaysWhatIsWrong(String text, String expected) {
        var error = assertThrows(IllegalArgumentException.class, () -> SeriesAugmentationText.parse(text));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
        assertEquals(error.getMessage(), SeriesAugmentationText.problem(text));
    }

    @Test
    void aLessonCanValidateItAsATextParameter() throws InvalidValueException {
        TextParameter parameter = new TextParameter("series-augmentation", "Series augmentation",
                "name:strength@probability, e.g. " + SeriesAugmentationText.EXAMPLE, List.of(),
                SeriesAugmentationText.EXAMPLE, SeriesAugmentationText::problem);
        assertNull(SeriesAugmentationText.problem(SeriesAugmentationText.EXAMPLE));
        assertEquals("jitter:0.05@1", parameter.parse(" jitter:0.05@1 "));
        var error = assertThrows(InvalidValueException.class, () -> parameter.parse("jitter:0.05@2"));
        assertTrue(error.getMessage().startsWith("Series augmentation: 'jitter:0.05@2': Jitter probability"),
                error.getMessage());
        assertNull(NoiseCorruptionText.problem(NoiseCorruptionText.EXAMPLE));
        assertTrue(NoiseCorruptionText.problem("salt:0.1@1").contains("valid: gaussian, salt-and-pepper, masking"));
    }
}
