package dev.workbench.lessons.engine;

/** A lesson could not be prepared or inspected; the message is meant for the student. */
public class LessonException extends Exception {
    public LessonException(String message) {
        super(message);
    }

    public LessonException(String message, Throwable cause) {
        super(message, cause);
    }
}
