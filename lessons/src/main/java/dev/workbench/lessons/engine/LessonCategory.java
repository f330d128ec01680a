package dev.workbench.lessons.engine;

/** The groups of the lesson catalog, in the order a course meets them. */
public enum LessonCategory {
    FOUNDATIONS("Foundations"),
    VISION("Vision"),
    SEQUENCES("Sequences"),
    GENERATIVE("Generative");

    private final String label;

    LessonCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
