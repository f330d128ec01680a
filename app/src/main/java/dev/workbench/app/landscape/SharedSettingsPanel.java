package dev.workbench.app.landscape;

import atlantafx.base.theme.Styles;
import dev.workbench.app.controls.SliderField;
import dev.workbench.lessons.optim.OptimizerKind;
import dev.workbench.lessons.optim.OptimizerParameter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Momentum, the betas and epsilon, shared by every lane; each row says which of the racing
 * optimizers read it and fades when none does.
 */
public final class SharedSettingsPanel extends VBox {
    public static final String STYLE_CLASS = "shared-settings";
    public static final String ROW_CLASS = "shared-setting";
    public static final PseudoClass UNUSED = PseudoClass.getPseudoClass("unused");

    private final ReadOnlyObjectWrapper<SharedHyperparameters> values =
            new ReadOnlyObjectWrapper<>(this, "values", SharedHyperparameters.DEFAULTS);
    private final Map<OptimizerParameter, SliderField> fields = new EnumMap<>(OptimizerParameter.class);
    private final Map<OptimizerParameter, Label> usedBy = new EnumMap<>(OptimizerParameter.class);
    private final Map<OptimizerParameter, VBox> rows = new EnumMap<>(OptimizerParameter.class);

    public SharedSettingsPanel() {
        getStyleClass().add(STYLE_CLASS);
        SharedHyperparameters d = SharedHyperparameters.DEFAULTS;
        add(OptimizerParameter.MOMENTUM, "Momentum μ", SliderField.linear(0, 0.99, d.momentum(), 0.01));
        add(OptimizerParameter.BETA1, "Beta 1 (mean decay) β₁", SliderField.linear(0, 0.999, d.beta1(), 0.001));
        add(OptimizerParameter.BETA2, "Beta 2 (squared-gradient decay) β₂", SliderField.linear(0.5, 0.9999, d.beta2(), 0.0001));
        add(OptimizerParameter.EPSILON, "Epsilon ε", SliderField.log(1e-10, 1, d.epsilon()));
    }

    public static String fieldId(OptimizerParameter parameter) {
        return "shared-" + parameter.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public ReadOnlyObjectProperty<SharedHyperparameters> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    public void restoreDefaults() {
        SharedHyperparameters d = SharedHyperparameters.DEFAULTS;
        fields.get(OptimizerParameter.MOMENTUM).setValue(d.momentum());
        fields.get(OptimizerParameter.BETA1).setValue(d.beta1());
        fields.get(OptimizerParameter.BETA2).setValue(d.beta2());
        fields.get(OptimizerParameter.EPSILON).setValue(d.epsilon());
    }

    /** Says which of the racing optimizers read each setting. */
    public void showUsers(Collection<OptimizerKind> racing) {
        rows.forEach((parameter, row) -> {
            String users = racing.stream().filter(kind -> kind.parameters().contains(parameter))
                    .map(OptimizerKind::label).collect(Collectors.joining(", "));
            usedBy.get(parameter).setText(users.isEmpty() ? "not used by the racing optimizers" : "used by " + users);
            row.pseudoClassStateChanged(UNUSED, users.isEmpty());
        });
    }

    private void add(OptimizerParameter parameter, String title, SliderField field) {
        field.withId(fieldId(parameter));
        field.valueProperty().addListener((obs, old, value) -> values.set(new SharedHyperparameters(
                fields.get(OptimizerParameter.MOMENTUM).getValue(), fields.get(OptimizerParameter.BETA1).getValue(),
                fields.get(OptimizerParameter.BETA2).getValue(), fields.get(OptimizerParameter.EPSILON).getValue())));
        Label label = new Label(title);
        label.getStyleClass().add("shared-setting-label");
        Label users = new Label();
        users.getStyleClass().addAll("shared-setting-users", Styles.TEXT_MUTED);
        users.setWrapText(true);
        VBox row = new VBox(label, field, users);
        row.getStyleClass().add(ROW_CLASS);
        fields.put(parameter, field);
        usedBy.put(parameter, users);
        rows.put(parameter, row);
        getChildren().add(row);
    }
}
