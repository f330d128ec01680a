package dev.workbench.app.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes {@code $...$} and {@code $$...$$} formulas out of Markdown before parsing, so that
 * Markdown rules (backslash escapes, underscores) cannot mangle them, and leaves a marker in
 * their place. Code spans and fenced code keep their dollar signs.
 */
final class MathMarkers {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final char DISPLAY = 'D';
    private static final char INLINE = 'I';
    private static final Pattern MARKER = Pattern.compile(OPEN + "([DI])(\\d+)" + CLOSE);

    /** A piece of text: plain, or a formula. */
    record Segment(String text, boolean math) {
    }

    /** Markdown with markers, and the formulas they stand for. */
    record Extracted(String markdown, List<String> formulas) {
        Extracted {
            formulas = List.copyOf(formulas);
        }

        /** The formula if {@code text} is exactly one display-formula marker, else null. */
        String displayFormula(String text) {
            Matcher m = MARKER.matcher(text);
            if (m.matches() && m.group(1).charAt(0) == DISPLAY) {
                return formulas.get(Integer.parseInt(m.group(2)));
            }
            return null;
        }

        /** Splits parsed text into plain text and formulas. */
        List<Segment> split(String text) {
            List<Segment> segments = new ArrayList<>();
            Matcher m = MARKER.matcher(text);
            int last = 0;
            while (m.find()) {
                if (m.start() > last) {
                    segments.add(new Segment(text.substring(last, m.start()), false));
                }
                segments.add(new Segment(formulas.get(Integer.parseInt(m.group(2))), true));
                last = m.end();
            }
            if (last < text.length()) {
                segments.add(new Segment(text.substring(last), false));
            }
            return segments;
        }
    }

    private MathMarkers() {
    }

    static Extracted extract(String markdown) {
        List<String> formulas = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        StringBuilder pending = new StringBuilder();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String newline = i < lines.length - 1 ? "\n" : "";
            boolean fence = line.stripLeading().startsWith("```");
            if (fenced || fence) {
                out.append(replace(pending.toString(), formulas));
                pending.setLength(0);
                out.append(line).append(newline);
                if (fence) {
                    fenced = !fenced;
                }
            } else {
                pending.append(line).append(newline);
            }
        }
        out.append(replace(pending.toString(), formulas));
        return new Extracted(out.toString(), formulas);
    }

    /** Replaces formulas outside code spans with markers. */
    private static String replace(String text, List<String> formulas) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '`') {
                int end = text.indexOf('`', i + 1);
                end = end < 0 ? text.length() : end + 1;
                out.append(text, i, end);
                i = end;
            } else if (c == '$' && (i == 0 || text.charAt(i - 1) != '\\')) {
                boolean display = text.startsWith("$$", i);
                String delimiter = display ? "$$" : "$";
                int end = text.indexOf(delimiter, i + delimiter.length());
                if (end < 0 || !display && text.substring(i + 1, end).contains("\n")) {
                    out.append(c);
                    i++;
                    continue;
                }
                formulas.add(text.substring(i + delimiter.length(), end).trim());
                out.append(OPEN).append(display ? DISPLAY : INLINE).append(formulas.size() - 1).append(CLOSE);
                i = end + delimiter.length();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
