package dev.workbench.app.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every {@code notes/*.md} on the class path (file name to Markdown), wherever it lies (a folder
 * or a jar), so that a new lesson's notes are checked without being listed anywhere.
 */
public final class NotesOnClassPath {
    private NotesOnClassPath() {
    }

    public static Map<String, String> all() {
        Map<String, String> notes = new TreeMap<>();
        try {
            Enumeration<URL> folders = NotesOnClassPath.class.getClassLoader().getResources("notes");
            while (folders.hasMoreElements()) {
                URI uri = folders.nextElement().toURI();
                if ("jar".equals(uri.getScheme())) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        read(jar.provider().getPath(uri), notes);
                    }
                } else {
                    read(Path.of(uri), notes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return notes;
    }

    private static void read(Path folder, Map<String, String> notes) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).toList()) {
                notes.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }
}
