package dev.workbench.app.form;

import dev.workbench.lessons.engine.HyperParameter.TextParameter;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.TextField;

/** Free text, e.g. a folder; empty means the lesson's default. */
public final class TextEditor implements ParameterEditor {
    private final TextParameter parameter;
    private final TextField field = new TextField();

    public TextEditor(TextParameter parameter) {
        this.parameter = parameter;
        field.setId(ParameterEditor.inputId(parameter.name()));
        field.setText(parameter.defaultValue());
        field.setPromptText(parameter.defaultValue().isEmpty() ? "default" : parameter.defaultValue());
    }

    @Override
    public TextParameter parameter() {
        return parameter;
    }

    @Override
    public Node node() {
        return field;
    }

    @Override
    public Node input() {
        return field;
    }

    @Override
    public StringProperty textProperty() {
        return field.textProperty();
    }
}
