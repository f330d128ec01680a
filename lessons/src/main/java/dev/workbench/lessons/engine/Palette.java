package dev.workbench.lessons.engine;

import java.util.List;

/**
 * The series colours of every chart, as hex strings, so that a curve has the same colour in the
 * app (light theme) and in the images the CLI writes. Plain values: the app turns them into
 * paints, the CLI into AWT colours. {@code theme-light.css} repeats them as {@code -wb-chart-N}
 * (CSS cannot read Java), and a test keeps the two equal.
 */
public final class Palette {
    /** Series 1 to 5 on a light background: blue, orange, green, purple, cyan. */
    public static final List<String> LIGHT = List.of("#2563eb", "#ea580c", "#16a34a", "#9333ea", "#0891b2");

    private Palette() {
    }

    /** The colour of series {@code index} (0-based), repeating after the last. */
    public static String light(int index) {
        return LIGHT.get(Math.floorMod(index, LIGHT.size()));
    }

    /** The colour as a 24-bit RGB number, e.g. {@code 0x2563eb}. */
    public static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }
}
