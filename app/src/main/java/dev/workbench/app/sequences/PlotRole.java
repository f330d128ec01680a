package dev.workbench.app.sequences;

/** What a line in a {@link SeriesPlot} stands for; each has a style class that gives its colour in every theme. */
enum PlotRole {
    TRUTH("seq-role-truth"),
    MODEL("seq-role-model"),
    PERSISTENCE("seq-role-persistence"),
    SEASONAL("seq-role-seasonal"),
    AUTOREGRESSION("seq-role-autoregression"),
    ORIGINAL("seq-role-original"),
    AUGMENTED("seq-role-augmented");

    private final String styleClass;

    PlotRole(String styleClass) {
        this.styleClass = styleClass;
    }

    String styleClass() {
        return styleClass;
    }
}
