package dev.workbench.lessons.engine;

/**
 * What a lesson's {@code prepare} may report while it loads data, builds a vocabulary or
 * pretrains, and how it learns that the user cancelled. Long steps call {@link #progress} now and
 * then; each call throws {@link Cancelled} once the preparation was cancelled.
 */
public interface Preparation {
    /** For callers that neither show progress nor cancel (tests, the CLI's plain paths). */
    Preparation NONE = (step, fraction) -> {
    };

    /**
     * @param step     what is happening, e.g. "Building the vocabulary"
     * @param fraction done so far in [0, 1], or NaN when unknown
     * @throws Cancelled when the user cancelled the preparation
     */
    void progress(String step, double fraction) throws Cancelled;

    /** Thrown out of {@code prepare} when the user cancelled it. */
    final class Cancelled extends LessonException {
        public Cancelled() {
            super("Preparation cancelled.");
        }
    }
}
