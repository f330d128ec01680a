package dev.workbench.app.lesson;

import dev.workbench.app.form.FormAccess;
import dev.workbench.app.notes.NoteAction;
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
 * @param tryLink     carries out a "try this" action as the notes' links do (set values, start a comparison)
 */
public record PartContext(Lesson lesson, Executor fx, Consumer<String> reportError, FormAccess form,
                          Consumer<NoteAction> tryLink) {
    /** A context whose try links only report that they cannot be followed here (tests of one part). */
    public PartContext(Lesson lesson, Executor fx, Consumer<String> reportError, FormAccess form) {
        this(lesson, fx, reportError, form, action -> reportError.accept("This page cannot follow " + action.target()));
    }
}
