package dev.workbench.lessons.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AugPipelineTest {
    private static final long SEED = 42;

    private static AugImage ramp(int width, int height, int channels) {
        float[] pixels = new float[width * height * channels];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i + 1f) / (pixels.length + 1f);
        }
        return AugImage.of(width, height, channels, pixels);
    }

    private static AugmentationPipeline everythingOn() {
        AugmentationPipeline pipeline = AugmentationPipeline.defaults();
        for (TransformSpec spec : pipeline.specs()) {
            pipeline = pipeline.with(spec.withEnabled(true));
        }
        return pipeline;
    }

    @Test
    void sameSeedGivesTheSamePreviews() {
        AugImage image = ramp(16, 12, 3);
        assertEquals(everythingOn().previews(image, 6, SEED), everythingOn().previews(image, 6, SEED));
    }

    @Test
    void differentSeedsGiveDifferentPreviews() {
        AugImage image = ramp(16, 12, 3);
        assertNotEquals(everythingOn().previews(image, 6, SEED), everythingOn().previews(image, 6, SEED + 1));
    }

    @Test
    void previewsOfOneSeedDifferFromEachOther() {
        List<AugImage> previews = everythingOn().previews(ramp(16, 12, 3), 4, SEED);
        assertEquals(4, previews.stream().distinct().count());
    }

    @Test
    void defaultPipelineHasEveryKindSwitchedOffAndChangesNothing() {
        AugmentationPipeline defaults = AugmentationPipeline.defaults();
        assertEquals(TransformKind.values().length, defaults.specs().size());
        assertTrue(defaults.isIdentity());
        AugImage image = ramp(8, 8, 3);
        assertEquals(image, defaults.apply(image, new Random(SEED)));
    }

    @Test
    void certainFlipAlwaysFlips() {
        AugImage image = ramp(6, 4, 1);
        AugmentationPipeline flip = AugmentationPipeline.of(TransformSpec.of(TransformKind.HORIZONTAL_FLIP, 0, 1));
        for (AugImage preview : flip.previews(image, 5, SEED)) {
            assertEquals(Flip.horizontal(image), preview);
        }
    }

    @Test
    void probabilityDecidesHowOftenATransformFires() {
        AugImage image = ramp(6, 4, 1);
        AugmentationPipeline flip = AugmentationPipeline.of(TransformSpec.of(TransformKind.HORIZONTAL_FLIP, 0, 0.25));
        long flipped = flip.previews(image, 400, SEED).stream().filter(preview -> !preview.equals(image)).count();
        assertTrue(flipped > 70 && flipped < 130, "expected about 100 of 400 flipped, got " + flipped);
    }

    @Test
    void addingATransformLeavesTheOthersRandomChoicesAlone() {
        AugImage image = AugImage.filled(16, 16, 1, 0.6f);
        AugmentationPipeline rotate = AugmentationPipeline.of(TransformSpec.of(TransformKind.ROTATION, 40, 1));
        AugmentationPipeline rotateAndCut = rotate.with(TransformSpec.of(TransformKind.CUTOUT, 0.25, 1));
        List<AugImage> rotated = rotate.previews(image, 5, SEED);
        List<AugImage> cut = rotateAndCut.previews(image, 5, SEED);
        for (int i = 0; i < 5; i++) {
            float[] before = rotated.get(i).pixels();
            float[] after = cut.get(i).pixels();
            int erased = 0;
            for (int p = 0; p < before.length; p++) {
                if (after[p] != before[p]) {
                    assertEquals(0f, after[p], "only the cutout may differ from the rotation alone");
                    erased++;
                }
            }
            assertTrue(erased > 0, "the cutout should have erased something");
        }
    }

    @Test
    void kindsApplyInTheirFixedOrderWhateverTheListOrder() {
        TransformSpec rotation = TransformSpec.of(TransformKind.ROTATION, 30, 1);
        TransformSpec cutout = TransformSpec.of(TransformKind.CUTOUT, 0.3, 1);
        assertEquals(AugmentationPipeline.of(rotation, cutout), AugmentationPipeline.of(cutout, rotation));
    }

    @Test
    void withReplacesTheSpecOfTheSameKind() {
        AugmentationPipeline pipeline = AugmentationPipeline.defaults()
                .with(TransformKind.ROTATION.defaultSpec().withEnabled(true).withStrength(90));
        TransformSpec rotation = pipeline.spec(TransformKind.ROTATION).orElseThrow();
        assertTrue(rotation.enabled());
        assertEquals(90, rotation.strength());
        assertEquals(TransformKind.values().length, pipeline.specs().size());
        assertFalse(pipeline.isIdentity());
    }

    @Test
    void rejectsTwoSpecsOfOneKind() {
        TransformSpec flip = TransformKind.HORIZONTAL_FLIP.defaultSpec();
        assertThrows(IllegalArgumentException.class, () -> AugmentationPipeline.of(flip, flip.withEnabled(true)));
    }

    @Test
    void specsRejectStrengthOutsideTheKindsRangeAndBadProbabilities() {
        assertThrows(IllegalArgumentException.class, () -> TransformSpec.of(TransformKind.ROTATION, 200, 0.5));
        assertThrows(IllegalArgumentException.class, () -> TransformSpec.of(TransformKind.HORIZONTAL_FLIP, 0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> TransformSpec.of(TransformKind.CUTOUT, 0.2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> TransformSpec.of(TransformKind.CUTOUT, 0.2, Double.NaN));
    }

    @Test
    void everyKindHasALabelAndADefaultInsideItsRange() {
        for (TransformKind kind : TransformKind.values()) {
            assertFalse(kind.label().isBlank());
            assertFalse(kind.description().isBlank());
            assertTrue(kind.strengthRange().contains(kind.defaultSpec().strength()));
            assertEquals(kind != TransformKind.HORIZONTAL_FLIP && kind != TransformKind.VERTICAL_FLIP,
                    kind.hasStrength(), kind.label());
        }
    }

    @Test
    void everyKindKeepsSizeAndUnitRangeAtFullStrength() {
        AugImage image = ramp(10, 7, 3);
        for (TransformKind kind : TransformKind.values()) {
            AugmentationPipeline pipeline = AugmentationPipeline.of(
                    TransformSpec.of(kind, kind.strengthRange().max(), 1));
            for (AugImage preview : pipeline.previews(image, 3, SEED)) {
                assertEquals(10, preview.width(), kind.label());
                assertEquals(7, preview.height(), kind.label());
                assertEquals(3, preview.channels(), kind.label());
                for (float value : preview.pixels()) {
                    assertTrue(value >= 0f && value <= 1f, kind.label() + " gave " + value);
                }
            }
        }
    }
}
