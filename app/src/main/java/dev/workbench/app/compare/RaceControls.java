package dev.workbench.app.compare;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Start / Pause / Resume / Stop for a race; the tab wires what they do and when they are enabled. */
public final class RaceControls extends HBox {
    public static final String STYLE_CLASS = "race-controls";
    public static final String START_ID = "race-start";
    public static final String PAUSE_ID = "race-pause";
    public static final String RESUME_ID = "race-resume";
    public static final String STOP_ID = "race-stop";

    final Button start = button(START_ID, "▶  Start race", "Prepare one network per lane and race them");
    final Button pause = button(PAUSE_ID, "Pause", "Pause every lane after its current iteration");
    final Button resume = button(RESUME_ID, "Resume", "Carry on racing");
    final Button stop = button(STOP_ID, "■  Stop", "End the race; the results table keeps what each lane reached");

    public RaceControls() {
        getStyleClass().addAll(STYLE_CLASS, "run-controls");
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        start.getStyleClass().add(Styles.ACCENT);
        stop.getStyleClass().add(Styles.DANGER);
        pause.getStyleClass().add(Styles.LEFT_PILL);
        resume.getStyleClass().add(Styles.RIGHT_PILL);
        HBox pauseGroup = new HBox(pause, resume);
        pauseGroup.getStyleClass().add("pill-group");
        getChildren().addAll(start, pauseGroup, stop);
    }

    void show(RacePhase phase, boolean startable) {
        start.setDisable(!startable || !phase.canStart());
        pause.setDisable(!phase.canPause());
        resume.setDisable(!phase.canResume());
        stop.setDisable(!phase.canStop());
    }

    private static Button button(String id, String text, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
