package dev.workbench.lessons.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole text file as strict UTF-8, with named errors for what a student's file can get
 * wrong: missing, empty, too large, not UTF-8 (with the byte offset), or binary (a NUL byte).
 * Strict because Java's default decoding turns bad bytes into U+FFFD without a word.
 */
final class TextFiles {
    private TextFiles() {
    }

    static String readUtf8(Path file, long maxBytes) throws DatasetException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new DatasetException(file, "does not exist");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new DatasetException(file, "is empty (0 bytes)");
            }
            if (size > maxBytes) {
                throw new DatasetException(file, "is too large: " + size + " bytes, the limit is " + maxBytes);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot be read: " + e.getMessage(), e);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DatasetException(file, "contains a NUL byte at byte offset " + i + ": it looks like a binary file, not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new DatasetException(file, "is not valid UTF-8 text: bad byte sequence at byte offset " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
