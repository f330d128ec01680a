package dev.workbench.lessons.data;

import dev.workbench.lessons.engine.LessonException;

import java.nio.file.Path;

/** A dataset file is missing, truncated or corrupt; the message names the file and the problem. */
public final class DatasetException extends LessonException {
    private final Path file;

    public DatasetException(Path file, String problem) {
        super("Dataset file '" + file + "' " + problem);
        this.file = file;
    }

    public DatasetException(Path file, String problem, Throwable cause) {
        super("Dataset file '" + file + "' " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
