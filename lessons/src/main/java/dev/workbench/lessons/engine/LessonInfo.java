package dev.workbench.lessons.engine;

import java.util.Objects;

/**
 * What the catalog shows about a lesson.
 *
 * @param id            short command-line name, e.g. {@code cnn}
 * @param title         human title
 * @param summary       one sentence
 * @param category      catalog group
 * @param notesMarkdown the lesson's notes, Markdown
 */
public record LessonInfo(String id, String title, String summary, LessonCategory category, String notesMarkdown) {
    public LessonInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(notesMarkdown, "notesMarkdown");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("lesson id must be lower-case letters, digits and dashes: " + id);
        }
    }
}
