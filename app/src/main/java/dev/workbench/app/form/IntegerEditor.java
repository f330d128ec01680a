package dev.workbench.app.form;

import dev.workbench.lessons.engine.HyperParameter.IntegerParameter;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** A whole number in a spinner; typing is allowed and checked like any other value. */
public final class IntegerEditor implements ParameterEditor {
    public static final String STYLE_CLASS = "integer-editor";

    private final IntegerParameter parameter;
    private final Spinner<Integer> spinner = new Spinner<>();

    public IntegerEditor(IntegerParameter parameter) {
        this.parameter = parameter;
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(parameter.min(), parameter.max(), parameter.defaultValue());
        values.setConverter(new TolerantConverter(values));
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        spinner.setId(ParameterEditor.inputId(parameter.name()));
        spinner.getStyleClass().addAll(STYLE_CLASS, Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        spinner.setMaxWidth(Double.MAX_VALUE);
        spinner.getEditor().setPrefColumnCount(6);
    }

    @Override
    public IntegerParameter parameter() {
        return parameter;
    }

    @Override
    public Node node() {
        return spinner;
    }

    @Override
    public Node input() {
        return spinner.getEditor();
    }

    @Override
    public StringProperty textProperty() {
        return spinner.getEditor().textProperty();
    }

    @Override
    public void setText(String text) {
        spinner.getEditor().setText(text);
        try {
            spinner.getValueFactory().setValue(parameter.parse(text));
        } catch (Exception ignored) {
            // Leave the bad text for the form to mark.
        }
    }

    /** Keeps the last good value when the spinner commits text that is not a number. */
    private static final class TolerantConverter extends StringConverter<Integer> {
        private final SpinnerValueFactory<Integer> values;

        TolerantConverter(SpinnerValueFactory<Integer> values) {
            this.values = values;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                return values.getValue();
            }
        }
    }
}
