package dev.workbench.lessons.augment;

import java.io.IOException;
import java.nio.file.Path;

/** An image file that cannot be used, with the file and the problem in the message for the user. */
public final class ImageFileException extends IOException {
    private final transient Path path;

    ImageFileException(Path path, String problem) {
        super("Cannot read image " + path + ": " + problem);
        this.path = path;
    }

    ImageFileException(Path path, String problem, Throwable cause) {
        super("Cannot read image " + path + ": " + problem, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
