package dev.workbench.app.diagnostics;

import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.RunPhase;
import dev.workbench.app.shell.Theme;
import dev.workbench.app.shell.WorkbenchShell;
import javafx.beans.value.ChangeListener;

/**
 * Options for unattended demos, screenshots and measurements: {@value #SETTINGS} fills the form
 * (e.g. {@code epochs=1,batch-size=64}) and {@value #TRAIN} presses Train once the first model
 * is ready.
 */
public final class DemoOptions {
    public static final String SETTINGS = "workbench.demo.settings";
    public static final String TRAIN = "workbench.demo.train";
    /** Id of the lesson to open first, e.g. {@code resnet} (default: the CNN). */
    public static final String LESSON = "workbench.demo.lesson";
    /** Id of the tab to show first, e.g. {@code notes-tab}. */
    public static final String TAB = "workbench.demo.tab";
    /** Theme to start with: LIGHT, DARK or HIGH_CONTRAST. */
    public static final String THEME = "workbench.demo.theme";
    /** Font scale steps to apply (positive: larger). */
    public static final String ZOOM = "workbench.demo.zoom";

    private static final javafx.util.Duration SETTLE = javafx.util.Duration.seconds(2);

    private DemoOptions() {
    }

    public static void apply(WorkbenchShell shell) {
        String theme = System.getProperty(THEME, "");
        if (!theme.isEmpty()) {
            shell.setTheme(Theme.valueOf(theme));
        }
        int zoom = Integer.getInteger(ZOOM, 0);
        if (zoom != 0) {
            shell.fontScale().reset();
        }
        for (int i = 0; i < Math.abs(zoom); i++) {
            if (zoom > 0) {
                shell.fontScale().increase();
            } else {
                shell.fontScale().decrease();
            }
        }
        if (shell.currentPage() != null) {
            apply(shell.currentPage());
        }
    }

    private static void apply(LessonPage page) {
        String settings = System.getProperty(SETTINGS, "");
        for (String pair : settings.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                page.form().setText(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        String tab = System.getProperty(TAB, "");
        if (!tab.isEmpty() && page.lookup("#" + LessonPage.TABS_ID) instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
        if (Boolean.getBoolean(TRAIN)) {
            ChangeListener<RunPhase> once = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends RunPhase> obs, RunPhase old, RunPhase now) {
                    if (now == RunPhase.READY) {
                        page.runner().phaseProperty().removeListener(this);
                        // Like a person: the page has settled (first views drawn) before Train is pressed.
                        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(SETTLE);
                        settle.setOnFinished(e -> page.train());
                        settle.play();
                    }
                }
            };
            page.runner().phaseProperty().addListener(once);
        }
    }
}
