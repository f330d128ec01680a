package dev.workbench.app.form;

import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.DecimalParameter;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.math.BigDecimal;
import java.math.MathContext;

/** A number typed in a text field or picked on a slider (logarithmic for parameters like the learning rate). */
public final class DecimalEditor implements ParameterEditor {
    public static final String STYLE_CLASS = "decimal-editor";
    private static final int SLIDER_DIGITS = 2;

    private final DecimalParameter parameter;
    private final TextField field = new TextField();
    private final Slider slider = new Slider();
    private final HBox box;
    private final boolean log;
    private boolean syncing;

    public DecimalEditor(DecimalParameter parameter) {
        this.parameter = parameter;
        this.log = parameter.logScale() && parameter.min() > 0;
        field.setId(ParameterEditor.inputId(parameter.name()));
        field.setPrefColumnCount(7);
        field.setText(parameter.format(parameter.defaultValue()));
        slider.setMin(toSlider(parameter.min()));
        slider.setMax(toSlider(parameter.max()));
        slider.setValue(toSlider(parameter.defaultValue()));
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        box = new HBox(field, slider);
        box.getStyleClass().add(STYLE_CLASS);
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!syncing) {
                sync(() -> field.setText(parameter.format(round(fromSlider(value.doubleValue())))));
            }
        });
        field.textProperty().addListener((obs, old, text) -> {
            if (!syncing) {
                try {
                    double value = parameter.parse(text);
                    sync(() -> slider.setValue(toSlider(value)));
                } catch (HyperParameter.InvalidValueException ignored) {
                    // The form shows the message; the slider stays where it was.
                }
            }
        });
    }

    @Override
    public DecimalParameter parameter() {
        return parameter;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node input() {
        return field;
    }

    @Override
    public StringProperty textProperty() {
        return field.textProperty();
    }

    private void sync(Runnable change) {
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = false;
        }
    }

    private double toSlider(double value) {
        return log ? Math.log10(value) : value;
    }

    private double fromSlider(double position) {
        return log ? Math.pow(10, position) : position;
    }

    /** Two significant digits, clamped to the allowed range: slider values a person would type. */
    private double round(double value) {
        if (value == 0) {
            return 0;
        }
        double rounded = new BigDecimal(value).round(new MathContext(SLIDER_DIGITS)).doubleValue();
        return Math.max(parameter.min(), Math.min(parameter.max(), rounded));
    }
}
