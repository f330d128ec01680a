package dev.workbench.lessons.augment.series;

import dev.workbench.lessons.augment.AugmentationKind;
import dev.workbench.lessons.augment.StrengthRange;

/**
 * The time-series augmentations on offer, in the order a {@link SeriesAugmentation} applies them:
 * time-axis changes first (slice, window warp, time warp), then amplitude (magnitude warp, scaling),
 * then jitter last, so the added noise stays white instead of being stretched by resampling.
 */
public enum SeriesTransformKind implements AugmentationKind {
    WINDOW_SLICE("Window slice", "Keeps a random part of the window, this fraction shorter, stretched back to full length.",
            new StrengthRange(0, 0.5, 0.1, ""), true, new WindowSlice()),
    WINDOW_WARP("Window warp", "Slows down or speeds up (x2 or x0.5) a random part this fraction of the window long.",
            new StrengthRange(0, 0.5, 0.1, ""), true, new WindowWarp()),
    TIME_WARP("Time warp", "Smoothly speeds up and slows down time; the speed curve's knots have this standard deviation.",
            new StrengthRange(0, 1, 0.2, "σ"), true, new TimeWarp()),
    MAGNITUDE_WARP("Magnitude warp", "Multiplies each feature by a smooth curve around 1 with knots of this standard deviation.",
            new StrengthRange(0, 1, 0.2, "σ"), false, new MagnitudeWarp()),
    SCALING("Scaling", "Multiplies the whole window by one factor drawn around 1 with this standard deviation.",
            new StrengthRange(0, 0.5, 0.1, "σ"), false, new Scaling()),
    JITTER("Jitter", "Adds Gaussian noise with this standard deviation to every value.",
            new StrengthRange(0, 0.5, 0.03, "σ"), false, new Jitter());

    private final String label;
    private final String description;
    private final StrengthRange strengthRange;
    private final boolean movesTime;
    private final SeriesTransform transform;

    SeriesTransformKind(String label, String description, StrengthRange strengthRange, boolean movesTime,
                        SeriesTransform transform) {
        this.label = label;
        this.description = description;
        this.strengthRange = strengthRange;
        this.movesTime = movesTime;
        this.transform = transform;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public StrengthRange strengthRange() {
        return strengthRange;
    }

    /** Whether values move along the time axis, which would misalign per-step labels or masks. */
    public boolean movesTime() {
        return movesTime;
    }

    SeriesTransform transform() {
        return transform;
    }
}
