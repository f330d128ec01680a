package dev.workbench.app.lesson;

import dev.workbench.app.form.FormAccess;
import dev.workbench.lessons.engine.Lesson;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What a {@link LessonPagePart} may use from its page.
 *
 * @param lesson      the page's lesson (to prepare sessions of its own, e.g. for a range test)
 * @param fx          runs code on the FX thread (where inspection results are shown)
 * @param reportError shows a message for the student in the page's banner
 * @param form        the page's settings form: current values, and setting a field
 */
public record PartContext(Lesson lesson, Executor fx, Consumer<String> reportError, FormAccess form) {
}
