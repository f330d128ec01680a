package dev.workbench.app.form;

import atlantafx.base.theme.Styles;
import dev.workbench.lessons.engine.HyperParameter;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;

/**
 * The input for one hyperparameter. Every editor exposes its value as the raw text a person
 * would type, so the lesson's own parser decides what is valid, exactly as on the command line.
 */
public sealed interface ParameterEditor
        permits DecimalEditor, IntegerEditor, ChoiceEditor, FlagEditor, TextEditor {
    /** Marks an input holding a value the lesson rejects. */
    String INVALID_CLASS = "invalid";

    HyperParameter parameter();

    /** The node to put in the form. */
    Node node();

    /** The node that holds the value (for marking and focus). */
    Node input();

    /** The value as text, e.g. {@code 0.001}, {@code adam}, {@code true}. */
    StringProperty textProperty();

    default String text() {
        return textProperty().get();
    }

    default void setText(String text) {
        textProperty().set(text);
    }

    default void showInvalid(boolean invalid) {
        Node input = input();
        if (invalid && !input.getStyleClass().contains(INVALID_CLASS)) {
            input.getStyleClass().add(INVALID_CLASS);
        } else if (!invalid) {
            input.getStyleClass().remove(INVALID_CLASS);
        }
        input.pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
    }

    /** An editor suited to the parameter's kind. */
    static ParameterEditor create(HyperParameter parameter) {
        if (parameter instanceof HyperParameter.DecimalParameter decimal) {
            return new DecimalEditor(decimal);
        }
        if (parameter instanceof HyperParameter.IntegerParameter integer) {
            return new IntegerEditor(integer);
        }
        if (parameter instanceof HyperParameter.ChoiceParameter choice) {
            return new ChoiceEditor(choice);
        }
        if (parameter instanceof HyperParameter.FlagParameter flag) {
            return new FlagEditor(flag);
        }
        return new TextEditor((HyperParameter.TextParameter) parameter);
    }

    /** The field id of a parameter's input, e.g. {@code param-learning-rate}. */
    static String inputId(String parameterName) {
        return "param-" + parameterName;
    }
}
