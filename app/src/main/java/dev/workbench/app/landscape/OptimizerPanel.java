package dev.workbench.app.landscape;

import dev.workbench.app.controls.SliderField;
import dev.workbench.lessons.landscape.Landscape;
import dev.workbench.lessons.optim.OptimizerKind;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which optimizers race (a box per kind, at most {@value #MAX_LANES}, at least one) and each one's
 * learning rate on a logarithmic slider, since good rates differ by orders of magnitude.
 */
public final class OptimizerPanel extends GridPane {
    public static final String STYLE_CLASS = "optimizer-panel";
    public static final String SWATCH_CLASS = "lane-swatch";
    public static final int MAX_LANES = 5;
    static final double MIN_RATE = 1e-5;
    static final double MAX_RATE = 2;

    private final Map<OptimizerKind, CheckBox> checks = new EnumMap<>(OptimizerKind.class);
    private final Map<OptimizerKind, SliderField> rates = new EnumMap<>(OptimizerKind.class);
    private final ReadOnlyObjectWrapper<List<LaneChoice>> lanes = new ReadOnlyObjectWrapper<>(this, "lanes", List.of());
    private boolean loading;

    public OptimizerPanel(List<OptimizerKind> initial) {
        getStyleClass().add(STYLE_CLASS);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints rate = new ColumnConstraints();
        rate.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(name, rate);
        int row = 0;
        for (OptimizerKind kind : OptimizerKind.values()) {
            CheckBox check = new CheckBox(kind.label());
            check.setId(checkId(kind));
            Circle swatch = new Circle(6, LaneColours.of(kind));
            swatch.getStyleClass().add(SWATCH_CLASS);
            check.setGraphic(swatch);
            check.setMinWidth(Region.USE_PREF_SIZE);
            check.setSelected(initial.contains(kind));
            check.selectedProperty().addListener((obs, was, selected) -> changed());
            checks.put(kind, check);
            add(check, 0, row);
            if (kind.hasLearningRate()) {
                SliderField field = SliderField.log(MIN_RATE, MAX_RATE, kind.defaultLearningRate())
                        .withId(rateId(kind))
                        .withTooltip(kind.label() + " learning rate η");
                field.valueProperty().addListener((obs, old, value) -> changed());
                field.disableProperty().bind(check.selectedProperty().not());
                rates.put(kind, field);
                add(field, 1, row);
            } else {
                Label none = new Label("no learning rate");
                none.getStyleClass().add("lane-no-rate");
                none.setTooltip(new Tooltip(kind.label() + " sizes its steps from running averages alone."));
                add(none, 1, row);
            }
            row++;
        }
        changed();
    }

    public static String checkId(OptimizerKind kind) {
        return "lane-" + kind.cliName();
    }

    public static String rateId(OptimizerKind kind) {
        return "lane-lr-" + kind.cliName();
    }

    /** The racing optimizers in a fixed (kind) order. */
    public ReadOnlyObjectProperty<List<LaneChoice>> lanesProperty() {
        return lanes.getReadOnlyProperty();
    }

    public void setSelected(OptimizerKind kind, boolean selected) {
        checks.get(kind).setSelected(selected);
    }

    public void setLearningRate(OptimizerKind kind, double rate) {
        SliderField field = rates.get(kind);
        if (field != null) {
            field.setValue(rate);
        }
    }

    /** Sets every learning rate to the surface's default, as one change. */
    public void loadRates(Landscape landscape) {
        loading = true;
        try {
            rates.forEach((kind, field) -> field.setValue(LaneDefaults.learningRate(landscape, kind)));
        } finally {
            loading = false;
        }
        changed();
    }

    private void changed() {
        if (loading) {
            return;
        }
        List<LaneChoice> chosen = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            if (checks.get(kind).isSelected()) {
                SliderField field = rates.get(kind);
                chosen.add(new LaneChoice(kind, field == null ? 1.0 : field.getValue()));
            }
        }
        boolean full = chosen.size() >= MAX_LANES;
        boolean last = chosen.size() <= 1;
        checks.forEach((kind, check) -> {
            check.setDisable(check.isSelected() ? last : full);
            check.setTooltip(new Tooltip(check.isSelected() && last ? "At least one optimizer races."
                    : !check.isSelected() && full ? "At most " + MAX_LANES + " optimizers race at once: untick one first."
                    : kind.label()));
        });
        if (!chosen.equals(lanes.get())) {
            lanes.set(List.copyOf(chosen));
        }
    }
}
