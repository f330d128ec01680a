package dev.workbench.app.lesson;

import dev.workbench.app.augment.AugmentationPage;
import dev.workbench.app.cnn.CnnPage;
import dev.workbench.app.rate.LearningRatePage;
import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.engine.Lesson;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The one place where lesson ids meet their lesson-specific views. Lessons without an entry get the generic page only. */
public final class LessonPageParts {
    private static final Map<String, Function<PartContext, LessonPagePart>> PARTS = Map.of(
            CnnLesson.ID, CnnPage::new,
            LearningRatePage.LESSON_ID, LearningRatePage::new,
            CnnLesson.AUGMENTATION_ID, AugmentationPage::new);

    private LessonPageParts() {
    }

    public static Optional<LessonPagePart> create(Lesson lesson, PartContext context) {
        return Optional.ofNullable(PARTS.get(lesson.id())).map(factory -> factory.apply(context));
    }
}
