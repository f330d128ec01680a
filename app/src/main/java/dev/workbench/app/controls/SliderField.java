package dev.workbench.app.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A number picked on a slider or typed in a field beside it. Dragging updates {@link #valueProperty()}
 * live; a typed value counts when Enter is pressed or the field loses focus. A value that is not a
 * number in range marks the field invalid as it is typed, says so in a label beside it (a tooltip
 * alone goes unseen) and in {@link #problemProperty()}, and leaves the value alone. On a logarithmic slider every
 * decade gets the same room, which suits learning rates and epsilons.
 */
public final class SliderField extends HBox {
    public static final String STYLE_CLASS = "slider-field";
    public static final String INVALID_CLASS = "invalid";
    public static final String ERROR_CLASS = "slider-field-error";
    /** The style sheet for these controls; a page that uses them lists it among its own. */
    public static final String STYLESHEET = Objects.requireNonNull(
            SliderField.class.getResource("/dev/workbench/app/css/controls.css"), "controls.css").toExternalForm();

    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private final javafx.scene.control.Label error = new javafx.scene.control.Label();
    private final javafx.beans.property.ReadOnlyStringWrapper problem = new javafx.beans.property.ReadOnlyStringWrapper(this, "problem");
    private final double min;
    private final double max;
    private final boolean log;
    private final double step;
    private DoubleFunction<String> format = SliderField::plain;
    private boolean syncing;

    private SliderField(double min, double max, double initial, boolean log, double step) {
        if (!(min < max) || log && min <= 0) {
            throw new IllegalArgumentException("need 0 < min < max for a log slider, min < max otherwise: " + min + ", " + max);
        }
        this.min = min;
        this.max = max;
        this.log = log;
        this.step = step;
        getStyleClass().add(STYLE_CLASS);
        slider.setMin(toSlider(min));
        slider.setMax(toSlider(max));
        slider.setFocusTraversable(false);
        field.setPrefColumnCount(5);
        HBox.setHgrow(slider, Priority.ALWAYS);
        error.getStyleClass().addAll(ERROR_CLASS, atlantafx.base.theme.Styles.DANGER);
        error.setWrapText(true);
        error.setMinWidth(Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(problem.isNotNull());
        error.textProperty().bind(problem);
        getChildren().addAll(slider, field, error);
        value.set(clamp(snap(initial)));
        slider.setValue(toSlider(value.get()));
        field.setText(format.apply(value.get()));

        slider.valueProperty().addListener((obs, old, position) -> {
            if (!syncing) {
                sync(() -> value.set(clamp(snap(fromSlider(position.doubleValue())))));
            }
        });
        value.addListener((obs, old, now) -> sync(() -> {
            slider.setValue(toSlider(now.doubleValue()));
            field.setText(format.apply(now.doubleValue()));
            markInvalid(false);
        }));
        field.textProperty().addListener((obs, old, text) -> {
            if (!syncing) {
                markInvalid(parse(text) == null);
            }
        });
        field.setOnAction(e -> commitField());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitField();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(format.apply(value.get()));
                markInvalid(false);
            }
        });
    }

    /** Evenly spaced values, rounded to multiples of {@code step} (0: not rounded). */
    public static SliderField linear(double min, double max, double initial, double step) {
        return new SliderField(min, max, initial, false, step);
    }

    /** A logarithmic slider; values are rounded to two significant digits. */
    public static SliderField log(double min, double max, double initial) {
        return new SliderField(min, max, initial, true, 0);
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public double getValue() {
        return value.get();
    }

    /** Sets the value, clamped to the range and rounded like a slider position. */
    public void setValue(double newValue) {
        value.set(clamp(snap(newValue)));
    }

    /** How the field shows the value, e.g. with a unit; the field still accepts a plain number. */
    public SliderField withFormat(DoubleFunction<String> newFormat) {
        this.format = newFormat;
        field.setText(format.apply(value.get()));
        return this;
    }

    /** Ids for lookups and tests: {@code base} on the slider, {@code base-field} on the field. */
    public SliderField withId(String base) {
        slider.setId(base);
        field.setId(base + "-field");
        return this;
    }

    public SliderField withTooltip(String text) {
        Tooltip.install(slider, new Tooltip(text));
        field.setTooltip(new Tooltip(text));
        return this;
    }

    public Slider slider() {
        return slider;
    }

    public TextField field() {
        return field;
    }

    /** What is wrong with the typed text, or null while it is a number in range. */
    public javafx.beans.property.ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The label beside the field that says what is wrong (hidden while nothing is). */
    public javafx.scene.control.Label errorLabel() {
        return error;
    }

    private void commitField() {
        Double typed = parse(field.getText());
        if (typed == null) {
            markInvalid(true);
            return;
        }
        markInvalid(false);
        double snapped = snap(typed);
        if (snapped == value.get()) {
            field.setText(format.apply(snapped));
        }
        value.set(snapped);
    }

    /** The typed number when it is one in range, else null. */
    private Double parse(String raw) {
        String text = raw == null ? "" : raw.trim().replaceAll("[^0-9eE.+\\-]", "");
        try {
            double typed = Double.parseDouble(text);
            return typed >= min && typed <= max ? typed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void markInvalid(boolean invalid) {
        field.getStyleClass().remove(INVALID_CLASS);
        if (invalid) {
            field.getStyleClass().add(INVALID_CLASS);
        }
        problem.set(invalid ? "Type a number from " + format.apply(min) + " to " + format.apply(max) : null);
    }

    private void sync(Runnable change) {
        boolean outer = syncing;
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = outer;
        }
    }

    private double snap(double raw) {
        if (log) {
            return raw <= 0 ? min : new BigDecimal(raw).round(new MathContext(2)).doubleValue();
        }
        if (step <= 0) {
            return raw;
        }
        return BigDecimal.valueOf(Math.round(raw / step)).multiply(BigDecimal.valueOf(step)).doubleValue();
    }

    private double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }

    private double toSlider(double v) {
        return log ? Math.log10(v) : v;
    }

    private double fromSlider(double position) {
        return log ? Math.pow(10, position) : position;
    }

    /** Up to four significant digits, plain for everyday sizes and in e-notation for tiny ones. */
    public static String plain(double v) {
        if (v == 0) {
            return "0";
        }
        double magnitude = Math.abs(v);
        if (magnitude < 1e-3 || magnitude >= 1e6) {
            return String.format(Locale.ROOT, "%.2g", v).replaceAll("\\.?0+e", "e").replace("e-0", "e-");
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
