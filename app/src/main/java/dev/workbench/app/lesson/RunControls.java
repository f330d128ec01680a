package dev.workbench.app.lesson;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * Train / Pause / Resume / Step / Stop / Reset; the page wires what they do and when they are
 * enabled. A flow that wraps onto a second line rather than cutting off a button when the text
 * is large or the window narrow (the pause group stays together).
 */
public final class RunControls extends FlowPane {
    public static final String STYLE_CLASS = "run-controls";
    public static final String TRAIN_ID = "train-button";
    public static final String PAUSE_ID = "pause-button";
    public static final String RESUME_ID = "resume-button";
    public static final String STEP_ID = "step-button";
    public static final String STOP_ID = "stop-button";
    public static final String RESET_ID = "reset-button";
    public static final String PACE_ID = "pace-choice";
    /** A sub-step's button id is this prefix plus the sub-step's id. */
    public static final String SUB_STEP_ID_PREFIX = "sub-step-";

    final Button train = button(TRAIN_ID, "▶  Train", "Train a model with these settings");
    final Button pause = button(PAUSE_ID, "Pause", "Pause after the current iteration (Space)");
    final Button resume = button(RESUME_ID, "Resume", "Carry on training (Space)");
    final Button step = button(STEP_ID, "Step", "Train one iteration, then pause (→)");
    final Button stop = button(STOP_ID, "■  Stop", "End the run (the model keeps what it learned), or cancel a preparation");
    final Button reset = button(RESET_ID, "Reset", "Throw the model away and start over (R)");
    final javafx.scene.control.ComboBox<dev.workbench.lessons.engine.Pace> pace =
            new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                    dev.workbench.lessons.engine.Pace.values()));

    public RunControls() {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        train.getStyleClass().add(Styles.ACCENT);
        train.setDefaultButton(false);
        // Red only while there is something to stop; a faded red button reads as an error.
        stop.disabledProperty().addListener((obs, was, disabled) -> {
            stop.getStyleClass().remove(Styles.DANGER);
            if (!disabled) {
                stop.getStyleClass().add(Styles.DANGER);
            }
        });
        pause.getStyleClass().add(Styles.LEFT_PILL);
        resume.getStyleClass().add(Styles.CENTER_PILL);
        step.getStyleClass().add(Styles.RIGHT_PILL);
        HBox pauseGroup = new HBox(pause, resume, step);
        pauseGroup.getStyleClass().add("pill-group");
        pauseGroup.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        subSteps.getStyleClass().add("sub-steps");
        subSteps.setVisible(false);
        subSteps.setManaged(false);
        pace.setId(PACE_ID);
        pace.setValue(dev.workbench.lessons.engine.Pace.FULL);
        pace.setTooltip(new Tooltip("Slow motion: wait between training steps so you can watch each update"));
        pace.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(train, pauseGroup, subSteps, stop, reset, pace);
    }

    /** The pace chooser (full speed or slow motion). */
    public javafx.scene.control.ComboBox<dev.workbench.lessons.engine.Pace> pace() {
        return pace;
    }

    private final HBox subSteps = new HBox();

    /**
     * Shows one button per sub-step of the current model ("Step D", "Step G"), each with its key;
     * none for lessons without sub-steps.
     */
    public void showSubSteps(java.util.List<dev.workbench.lessons.engine.SubStep> steps,
                             java.util.function.Consumer<String> onStep) {
        subSteps.getChildren().clear();
        for (dev.workbench.lessons.engine.SubStep sub : steps) {
            Button button = button(SUB_STEP_ID_PREFIX + sub.id(), sub.label(),
                    sub.label() + ": one iteration of this part only, then pause (" + sub.key().toUpperCase(java.util.Locale.ROOT) + ")");
            button.setOnAction(e -> onStep.accept(sub.id()));
            subSteps.getChildren().add(button);
        }
        subSteps.setVisible(!steps.isEmpty());
        subSteps.setManaged(!steps.isEmpty());
    }

    /** Every button of the bar, sub-steps included (for tests that check nothing is cut off). */
    public java.util.List<Button> buttons() {
        java.util.List<Button> all = new java.util.ArrayList<>(java.util.List.of(train, pause, resume, step, stop, reset));
        subSteps.getChildren().forEach(node -> all.add((Button) node));
        return all;
    }

    /** Sub-step buttons, to enable or disable together. */
    java.util.List<javafx.scene.Node> subStepButtons() {
        return subSteps.getChildren();
    }

    private static Button button(String id, String text, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }
}
