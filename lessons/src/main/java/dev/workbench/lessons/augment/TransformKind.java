package dev.workbench.lessons.augment;

/**
 * The augmentations on offer, in the order a pipeline applies them: geometry first, then colour,
 * then noise, then cutout (so erased rectangles stay black and sharp).
 *
 * <p>The transforms are plain Java on float arrays rather than DataVec's image transforms, which
 * need OpenCV's native libraries (100+ MB per OS) for work this small.
 */
public enum TransformKind {
    HORIZONTAL_FLIP("Horizontal flip", "Mirrors the image left to right.",
            StrengthRange.NONE, Flip.horizontally()),
    VERTICAL_FLIP("Vertical flip", "Mirrors the image top to bottom.",
            StrengthRange.NONE, Flip.vertically()),
    ROTATION("Rotation", "Turns the image by up to this many degrees either way.",
            new StrengthRange(0, 180, 15, "°"), new Rotation()),
    CROP_ZOOM("Crop & zoom", "Cuts away up to this fraction of each side, then zooms back to full size.",
            new StrengthRange(0, 0.5, 0.2, ""), new CropZoom()),
    TRANSLATION("Translation", "Shifts the image by up to this fraction of its width and height.",
            new StrengthRange(0, 0.5, 0.1, ""), new Translation()),
    BRIGHTNESS("Brightness", "Adds up to this much to every pixel, or takes it away.",
            new StrengthRange(0, 0.5, 0.2, ""), new Brightness()),
    CONTRAST("Contrast", "Stretches or squeezes pixel values around the mean by up to this fraction.",
            new StrengthRange(0, 0.9, 0.3, ""), new Contrast()),
    COLOUR_JITTER("Colour jitter", "Turns the hue by up to this fraction of the colour wheel and scales"
            + " saturation by up to this fraction. Colour images only.",
            new StrengthRange(0, 0.5, 0.1, ""), new ColourJitter()),
    GAUSSIAN_NOISE("Gaussian noise", "Adds random noise with this standard deviation to every pixel.",
            new StrengthRange(0, 0.3, 0.05, "σ"), new GaussianNoise()),
    CUTOUT("Cutout", "Blacks out a rectangle this fraction of the image's width and height.",
            new StrengthRange(0, 0.8, 0.3, ""), new Cutout());

    /** How often a freshly enabled transform fires: half the images stay untouched by it. */
    public static final double DEFAULT_PROBABILITY = 0.5;

    private final String label;
    private final String description;
    private final StrengthRange strengthRange;
    private final ImageTransform transform;

    TransformKind(String label, String description, StrengthRange strengthRange, ImageTransform transform) {
        this.label = label;
        this.description = description;
        this.strengthRange = strengthRange;
        this.transform = transform;
    }

    public String label() {
        return label;
    }

    /** One or two sentences for a tooltip, saying what the strength means. */
    public String description() {
        return description;
    }

    public StrengthRange strengthRange() {
        return strengthRange;
    }

    /** Whether the strength does anything; flips only have a probability. */
    public boolean hasStrength() {
        return strengthRange.isAdjustable();
    }

    /** Whether the transform only changes colour images (it leaves grayscale ones as they are). */
    public boolean rgbOnly() {
        return this == COLOUR_JITTER;
    }

    /** Disabled, with the default strength and probability. */
    public TransformSpec defaultSpec() {
        return new TransformSpec(this, false, strengthRange.defaultValue(), DEFAULT_PROBABILITY);
    }

    ImageTransform transform() {
        return transform;
    }
}
