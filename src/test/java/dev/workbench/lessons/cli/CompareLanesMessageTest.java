package dev.workbench.lessons.cli;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonCategory;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code compare LESSON} without lanes says: never an empty list. */
class CompareLanesMessageTest {

    @Test
    void aLessonWithoutComparisonsSaysSoAndHowToDefineLanes() {
        Lesson bare = new Lesson() {
            @Override
            public LessonInfo info() {
                return new LessonInfo("bare", "Bare", "Nothing to compare.", LessonCategory.FOUNDATIONS, "# Bare");
            }

            @Override
            public List<HyperParameter> parameters() {
                return List.of();
            }

            @Override
            public LessonSession prepare(Settings settings) throws LessonException {
                throw new LessonException("not for training");
            }
        };
        String message = CompareCommand.lanesNeeded(bare, false);
        assertTrue(message.contains("Lesson bare has no ready-made comparisons"), message);
        assertTrue(message.contains("no optimizer to race either"), message);
        assertFalse(message.contains("()") || message.contains(": )"), message);
    }

    @Test
    void everyCatalogLessonListsItsComparisonsWithTitles() {
        for (Lesson lesson : LessonCatalog.all()) {
            String message = CompareCommand.lanesNeeded(lesson, false);
            lesson.comparisons().forEach(comparison -> assertTrue(message.contains(comparison.id())
                    && message.contains(comparison.title()), lesson.id() + ": " + message));
        }
    }
}
