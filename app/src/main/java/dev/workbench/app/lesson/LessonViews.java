package dev.workbench.app.lesson;

import dev.workbench.app.demo.DemoPage;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonInfo;

import java.util.List;
import java.util.Optional;

/**
 * Where a page finds its lesson-specific views. The generic page knows no lesson; the app's one
 * registration list ({@code dev.workbench.app.AppLessons}) answers for every lesson.
 */
public interface LessonViews {
    /** The generic page only: charts, settings, Compare and notes. */
    LessonViews NONE = new LessonViews() {
        @Override
        public List<LessonPagePart> partsFor(Lesson lesson, PartContext context) {
            return List.of();
        }
    };

    /** The parts to plug into {@code lesson}'s page, in tab order; empty for the generic page only. */
    List<LessonPagePart> partsFor(Lesson lesson, PartContext context);

    /** Whether the catalog's demo (a page that trains no network) has a page in this app. */
    default boolean hasDemoPage(LessonInfo demo) {
        return false;
    }

    /** A new page for the demo, if {@link #hasDemoPage} says there is one. */
    default Optional<DemoPage> demoPage(LessonInfo demo) {
        return Optional.empty();
    }
}
