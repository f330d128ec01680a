package dev.workbench.app.form;

import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What views beside the settings form may see and change of it: the current values (validated,
 * updated on every edit) and one field at a time, as if typed. The Compare tab builds its lanes
 * on top of these values; the learning-rate views plot them and can set the rate they suggest.
 */
public interface FormAccess {
    /** The settings the form holds right now, or its errors. */
    ReadOnlyObjectProperty<FormResult> resultProperty();

    /** One field's text as typed, updated on every edit (a parameter name, or {@link ParameterForm#SEED}). */
    javafx.beans.property.ReadOnlyStringProperty textProperty(String parameterName);

    /** Sets one field's text (a parameter name, or {@link ParameterForm#SEED}). */
    void setText(String parameterName, String text);

    /**
     * A view beside the form that edits what training uses (the augmentation preview's sliders)
     * holds a value it cannot pass on: until {@code problem} is null again, the form is not valid
     * and gives this message, so Train stays off and says why. {@code source} names the view.
     */
    void reportProblem(String source, String problem);
}
