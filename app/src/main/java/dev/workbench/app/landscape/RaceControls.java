package dev.workbench.app.landscape;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.controls.SliderField;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Play / Pause / Step / Reset, the speed in steps per second, and where the race stands. */
public final class RaceControls extends FlowPane {
    public static final String STYLE_CLASS = "race-controls";
    public static final String PLAY_ID = "landscape-play";
    public static final String PAUSE_ID = "landscape-pause";
    public static final String STEP_ID = "landscape-step";
    public static final String RESET_ID = "landscape-reset";
    public static final String SPEED_ID = "landscape-speed";
    public static final String STEP_COUNT_ID = "landscape-step-count";

    private final Button play = button(PLAY_ID, "▶  Play", "Run the race (Space)");
    private final Button pause = button(PAUSE_ID, "Pause", "Stop the clock (Space)");
    private final Button step = button(STEP_ID, "Step", "One update for every optimizer (→)");
    private final Button reset = button(RESET_ID, "Reset", "Back to the start point (R)");
    private final SliderField speed = SliderField.log(RacePlayer.MIN_SPEED, RacePlayer.MAX_SPEED, RacePlayer.DEFAULT_SPEED)
            .withId(SPEED_ID).withTooltip("Steps per second");
    private final Label stepCount = new Label();

    public RaceControls(RacePlayer player) {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        play.getStyleClass().add(Styles.ACCENT);
        pause.getStyleClass().add(Styles.LEFT_PILL);
        step.getStyleClass().add(Styles.RIGHT_PILL);
        HBox pauseStep = new HBox(pause, step);
        pauseStep.getStyleClass().add("pill-group");
        Label speedLabel = new Label("Speed");
        speedLabel.getStyleClass().add("race-speed-label");
        Label unit = new Label("steps/s");
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        HBox speedBox = new HBox(speedLabel, speed, unit);
        speedBox.getStyleClass().add("race-speed");
        speedBox.setAlignment(Pos.CENTER_LEFT);
        stepCount.setId(STEP_COUNT_ID);
        stepCount.getStyleClass().add("race-step-count");
        HBox buttons = new HBox(play, pauseStep, reset);
        buttons.getStyleClass().add("race-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(buttons, speedBox, stepCount);

        play.setOnAction(e -> player.play());
        pause.setOnAction(e -> player.pause());
        step.setOnAction(e -> player.step());
        reset.setOnAction(e -> player.reset());
        player.speedProperty().bind(speed.valueProperty());
        play.disableProperty().bind(player.playingProperty().or(player.failureProperty().isNotNull()));
        pause.disableProperty().bind(player.playingProperty().not());
        step.disableProperty().bind(player.finishedProperty().or(player.failureProperty().isNotNull()));
        player.shownStepProperty().addListener((obs, old, value) -> showStep(value.intValue()));
        showStep(0);
    }

    private void showStep(int value) {
        stepCount.setText("Step " + ChartFormat.whole(value) + " of " + ChartFormat.whole(RaceWorker.MAX_STEPS));
    }

    private static Button button(String id, String text, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
