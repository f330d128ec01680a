package dev.workbench.app.lesson;

/**
 * What a long preparation reports to the page: the step under way and how far it is.
 *
 * @param fraction done in [0, 1], or NaN when the lesson cannot tell
 */
public record PreparationProgress(String step, double fraction) {
}
