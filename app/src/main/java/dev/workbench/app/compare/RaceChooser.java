package dev.workbench.app.compare;

import atlantafx.base.theme.Styles;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.race.OptimizerLanes;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks what to race: "Optimizers" (the student's own lanes) or one of the lesson's ready-made
 * comparisons, as a row of toggles; {@link #description()} says what the chosen one shows and is
 * placed by the tab.
 */
public final class RaceChooser extends FlowPane {
    public static final String STYLE_CLASS = "race-chooser";
    public static final String OPTIMIZERS_ID = "race-choice-optimizers";
    public static final String DESCRIPTION_ID = "race-choice-description";
    static final String OPTIMIZERS_DESCRIPTION = "Your optimizers side by side on the settings in the form: "
            + "same network, data and seed, each lane taking its turn on the CPU.";

    /** A toggle's meaning: a comparison, or none for the optimizer race. */
    private record Option(ToggleButton toggle, Comparison comparison) {
    }

    private final ReadOnlyObjectWrapper<Optional<Comparison>> selected =
            new ReadOnlyObjectWrapper<>(this, "selected", Optional.empty());
    private final List<Option> options = new ArrayList<>();
    private final Label description = new Label();

    public RaceChooser(Lesson lesson) {
        getStyleClass().add(STYLE_CLASS);
        ToggleGroup group = new ToggleGroup();
        if (OptimizerLanes.supports(lesson)) {
            options.add(new Option(toggle(OPTIMIZERS_ID, "Optimizers"), null));
        }
        for (Comparison comparison : lesson.comparisons()) {
            options.add(new Option(toggle(choiceId(comparison), comparison.title()), comparison));
        }
        getStyleClass().add("race-choice-toggles");
        setAlignment(Pos.CENTER_LEFT);
        for (Option option : options) {
            option.toggle().setToggleGroup(group);
            getChildren().add(option.toggle());
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            options.stream().filter(o -> o.toggle() == now).findFirst().ifPresent(this::choose);
        });
        description.setId(DESCRIPTION_ID);
        description.getStyleClass().addAll(Styles.TEXT_MUTED, "race-choice-description");
        description.setWrapText(true);
        // A lesson's own comparison is its main view (batch size, augmentation); otherwise the optimizer race.
        options.stream().filter(o -> o.comparison() != null).findFirst()
                .or(() -> options.stream().findFirst())
                .ifPresent(o -> o.toggle().setSelected(true));
    }

    /** The chosen comparison, or empty for the optimizer race. */
    public ReadOnlyObjectProperty<Optional<Comparison>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the chosen race shows, in a sentence. */
    public Label description() {
        return description;
    }

    /** Whether the lesson has anything to race at all. */
    public boolean hasOptions() {
        return !options.isEmpty();
    }

    /** Selects the optimizer race ({@code null}) or a comparison by id. */
    public void select(String comparisonId) {
        options.stream()
                .filter(o -> comparisonId == null ? o.comparison() == null
                        : o.comparison() != null && o.comparison().id().equals(comparisonId))
                .findFirst().ifPresent(o -> o.toggle().setSelected(true));
    }

    public static String choiceId(Comparison comparison) {
        return "race-choice-" + comparison.id();
    }

    private void choose(Option option) {
        description.setText(option.comparison() == null ? OPTIMIZERS_DESCRIPTION : option.comparison().description());
        selected.set(Optional.ofNullable(option.comparison()));
    }

    private static ToggleButton toggle(String id, String text) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.getStyleClass().add("race-choice");
        return toggle;
    }
}
