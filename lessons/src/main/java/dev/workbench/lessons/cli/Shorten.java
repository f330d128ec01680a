package dev.workbench.lessons.cli;

/** Echoes user input back shortened, so a 100 KB value does not come back as a 100 KB message. */
final class Shorten {
    static final int MAX = 60;

    private Shorten() {
    }

    static String text(String value) {
        if (value.length() <= MAX) {
            return value;
        }
        return value.substring(0, MAX - 1) + "… (" + value.length() + " characters)";
    }
}
