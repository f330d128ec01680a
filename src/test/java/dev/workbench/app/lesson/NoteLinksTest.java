package dev.workbench.app.lesson;

import dev.workbench.app.notes.MarkdownView;
import dev.workbench.app.notes.NoteAction;
import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every "try this" link in the lessons' notes works on its own lesson's page. */
class NoteLinksTest {
    @Test
    void everyTryLinkNamesARealSettingWithAValidValueOrARealComparison() {
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (Lesson lesson : LessonCatalog.all()) {
            for (NoteAction action : MarkdownView.actions(lesson.info().notesMarkdown())) {
                links++;
                NoteActionCheck.problem(lesson, action)
                        .ifPresent(problem -> problems.add(lesson.id() + ": " + action.target() + ": " + problem));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(links >= 5, "the notes offer only " + links + " try links");
    }

    @Test
    void pagesWithoutASettingsFormHaveNoTryLinks() {
        for (LessonInfo demo : LessonCatalog.demos()) {
            assertEquals(List.of(), MarkdownView.actions(demo.notesMarkdown()), demo.id());
        }
    }

    @Test
    void aLinkTheLessonCannotFollowGetsASentence() {
        Lesson toy = new ToyLesson();
        assertEquals(Optional.empty(), NoteActionCheck.problem(toy, set("learning-rate", "0.01")));
        assertTrue(NoteActionCheck.problem(toy, set("momentum", "0.9")).orElseThrow().contains("'momentum'"));
        assertTrue(NoteActionCheck.problem(toy, set("learning-rate", "7")).orElseThrow().contains("between"));
        assertTrue(NoteActionCheck.problem(toy, set("epochs", "many")).orElseThrow().contains("whole number"));
        assertEquals(Optional.empty(), NoteActionCheck.problem(toy, new NoteAction.StartComparison("compare:rates", "rates")));
        assertTrue(NoteActionCheck.problem(toy, new NoteAction.StartComparison("compare:races", "races"))
                .orElseThrow().contains("'races'"));
        assertTrue(NoteActionCheck.problem(toy, new NoteAction.Malformed("set:x", "'x' is not a setting=value pair"))
                .orElseThrow().contains("set:x"));
    }

    private static NoteAction set(String name, String value) {
        return new NoteAction.SetValues("set:" + name + "=" + value, Map.of(name, value));
    }
}
