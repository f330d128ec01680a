package dev.workbench.app.form;

import dev.workbench.lessons.engine.HyperParameter.ChoiceParameter;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;

/** One of a fixed list of names, in a combo box, each shown by its display name. */
public final class ChoiceEditor implements ParameterEditor {
    private final ChoiceParameter parameter;
    private final ComboBox<String> combo = new ComboBox<>();
    private final StringProperty text = new SimpleStringProperty();

    public ChoiceEditor(ChoiceParameter parameter) {
        this.parameter = parameter;
        combo.getItems().setAll(parameter.choices());
        // The name people read ("Adam"), the same one the Compare tab's lanes show; the value stays "adam".
        combo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String choice) {
                return choice == null ? "" : parameter.displayName(choice);
            }

            @Override
            public String fromString(String shown) {
                return parameter.choices().stream().filter(choice -> parameter.displayName(choice).equals(shown))
                        .findFirst().orElse(shown);
            }
        });
        combo.setValue(parameter.defaultValue());
        combo.setId(ParameterEditor.inputId(parameter.name()));
        combo.setMaxWidth(Double.MAX_VALUE);
        text.set(parameter.defaultValue());
        combo.valueProperty().addListener((obs, old, value) -> text.set(value));
        text.addListener((obs, old, value) -> {
            if (value != null && !value.equals(combo.getValue()) && parameter.choices().contains(value)) {
                combo.setValue(value);
            }
        });
    }

    @Override
    public ChoiceParameter parameter() {
        return parameter;
    }

    @Override
    public Node node() {
        return combo;
    }

    @Override
    public Node input() {
        return combo;
    }

    /** What the combo box shows for {@code choice}. */
    public String shown(String choice) {
        return combo.getConverter().toString(choice);
    }

    @Override
    public StringProperty textProperty() {
        return text;
    }
}
