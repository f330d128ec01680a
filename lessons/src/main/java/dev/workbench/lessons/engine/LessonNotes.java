package dev.workbench.lessons.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a lesson's Markdown notes from {@code /notes/ID.md} on the classpath. */
public final class LessonNotes {
    private LessonNotes() {
    }

    public static String load(String lessonId) {
        String resource = "/notes/" + lessonId + ".md";
        try (InputStream in = LessonNotes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lesson notes " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
