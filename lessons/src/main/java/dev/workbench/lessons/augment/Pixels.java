package dev.workbench.lessons.augment;

/** Small helpers shared by the photometric transforms. */
final class Pixels {
    private Pixels() {
    }

    static float clamp01(double value) {
        return (float) Math.min(1.0, Math.max(0.0, value));
    }
}
