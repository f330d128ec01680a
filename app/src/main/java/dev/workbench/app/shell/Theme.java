package dev.workbench.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.Objects;

/**
 * The look of the app: an AtlantaFX base theme plus the Workbench's own sheet for that theme
 * (chart colours, and for high contrast, stronger text and borders).
 */
public enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet(), "theme-light.css"),
    DARK("Dark", new PrimerDark().getUserAgentStylesheet(), "theme-dark.css"),
    HIGH_CONTRAST("High contrast", new PrimerDark().getUserAgentStylesheet(), "theme-high-contrast.css");

    private static final String CSS_FOLDER = "/dev/workbench/app/css/";

    private final String label;
    private final String userAgentStylesheet;
    private final String sheet;

    Theme(String label, String userAgentStylesheet, String sheet) {
        this.label = label;
        this.userAgentStylesheet = userAgentStylesheet;
        this.sheet = sheet;
    }

    public String label() {
        return label;
    }

    /** Sets the base theme for the whole application and swaps this theme's sheet into the scene. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(userAgentStylesheet);
        for (Theme theme : values()) {
            scene.getStylesheets().remove(theme.sheetUrl());
        }
        scene.getStylesheets().add(sheetUrl());
    }

    String sheetUrl() {
        return Objects.requireNonNull(Theme.class.getResource(CSS_FOLDER + sheet), sheet).toExternalForm();
    }

    /** The area sheets every scene gets, in cascade order (theme sheets come after). */
    public static java.util.List<String> areaSheets() {
        return java.util.stream.Stream.of("shell.css", "controls.css", "lesson.css", "charts.css", "notes.css")
                .map(name -> Objects.requireNonNull(Theme.class.getResource(CSS_FOLDER + name), name).toExternalForm())
                .toList();
    }
}
