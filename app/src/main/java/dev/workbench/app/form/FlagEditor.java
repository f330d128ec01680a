package dev.workbench.app.form;

import dev.workbench.lessons.engine.HyperParameter.FlagParameter;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;

/** On or off, as a check box. */
public final class FlagEditor implements ParameterEditor {
    private final FlagParameter parameter;
    private final CheckBox box = new CheckBox("on");
    private final StringProperty text = new SimpleStringProperty();

    public FlagEditor(FlagParameter parameter) {
        this.parameter = parameter;
        box.setId(ParameterEditor.inputId(parameter.name()));
        box.setSelected(parameter.defaultValue());
        text.set(Boolean.toString(parameter.defaultValue()));
        box.selectedProperty().addListener((obs, old, selected) -> text.set(Boolean.toString(selected)));
        text.addListener((obs, old, value) -> {
            try {
                box.setSelected(parameter.parse(value));
            } catch (Exception ignored) {
                // Only values from the box or a checkpoint arrive here.
            }
        });
    }

    @Override
    public FlagParameter parameter() {
        return parameter;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node input() {
        return box;
    }

    @Override
    public StringProperty textProperty() {
        return text;
    }
}
