package dev.workbench.app.lesson;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What a {@link LessonPagePart} may use from its page.
 *
 * @param fx          runs code on the FX thread (where inspection results are shown)
 * @param reportError shows a message for the student in the page's banner
 */
public record PartContext(Executor fx, Consumer<String> reportError) {
}
