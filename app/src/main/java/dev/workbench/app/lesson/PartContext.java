package dev.workbench.app.lesson;

import dev.workbench.app.form.ParameterForm;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What a {@link LessonPagePart} may use from its page.
 *
 * @param fx          runs code on the FX thread (where inspection results are shown)
 * @param reportError shows a message for the student in the page's banner
 * @param form        the page's settings, read and written by field name (the augmentation
 *                    preview writes the pipeline it shows there, so training uses it)
 */
public record PartContext(Executor fx, Consumer<String> reportError, ParameterForm form) {
}
