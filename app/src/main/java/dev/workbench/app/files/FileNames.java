package dev.workbench.app.files;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Default names for saved files, e.g. {@code cnn-2025-03-14-0915.dlwb.zip}. */
public final class FileNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private FileNames() {
    }

    public static String stamped(String lessonId, String what, String extension) {
        return lessonId + (what.isEmpty() ? "" : "-" + what) + "-" + LocalDateTime.now().format(STAMP) + extension;
    }
}
