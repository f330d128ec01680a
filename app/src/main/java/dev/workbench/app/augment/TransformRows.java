package dev.workbench.app.augment;

import atlantafx.base.theme.Styles;
import dev.workbench.app.controls.SliderField;
import dev.workbench.lessons.augment.AugmentationPipeline;
import dev.workbench.lessons.augment.StrengthRange;
import dev.workbench.lessons.augment.TransformKind;
import dev.workbench.lessons.augment.TransformSpec;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One row per {@link TransformKind}: a box to switch it on, its strength (for kinds that have one)
 * and the probability that it fires, with the kind's description as a tooltip. Colour-only
 * transforms are switched off for grayscale images, which they would leave unchanged.
 */
public final class TransformRows extends GridPane {
    public static final String STYLE_CLASS = "transform-rows";
    public static final String HEADER_CLASS = "transform-header";
    private static final double PROBABILITY_STEP = 0.05;

    private final Map<TransformKind, CheckBox> checks = new EnumMap<>(TransformKind.class);
    private final Map<TransformKind, SliderField> strengths = new EnumMap<>(TransformKind.class);
    private final Map<TransformKind, SliderField> probabilities = new EnumMap<>(TransformKind.class);
    private final Consumer<TransformSpec> onEdit;
    private final javafx.beans.property.ReadOnlyStringWrapper problem = new javafx.beans.property.ReadOnlyStringWrapper(this, "problem");
    private boolean grayscale;
    private boolean showing;

    /** @param onEdit called with the new spec when the user changes a row */
    public TransformRows(Consumer<TransformSpec> onEdit) {
        this.onEdit = onEdit;
        getStyleClass().add(STYLE_CLASS);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints strength = new ColumnConstraints();
        strength.setHgrow(Priority.ALWAYS);
        ColumnConstraints probability = new ColumnConstraints();
        probability.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(name, strength, probability);
        addRow(0, header("Transform"), header("Strength"), header("Probability"));
        int row = 1;
        for (TransformKind kind : TransformKind.values()) {
            addRow(row++, buildRow(kind));
        }
    }

    /** The first typed value out of range ("Rotation strength: type a number from 0° to 30°"), or null. */
    public javafx.beans.property.ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void findProblem() {
        String first = null;
        for (TransformKind kind : TransformKind.values()) {
            first = first != null ? first : problemOf(kind.label() + " strength", strengths.get(kind));
            first = first != null ? first : problemOf(kind.label() + " probability", probabilities.get(kind));
        }
        problem.set(first);
    }

    private static String problemOf(String what, SliderField field) {
        return field == null || field.problemProperty().get() == null ? null : what + ": " + field.problemProperty().get().toLowerCase(Locale.ROOT);
    }

    public static String checkId(TransformKind kind) {
        return "aug-enable-" + name(kind);
    }

    public static String strengthId(TransformKind kind) {
        return "aug-strength-" + name(kind);
    }

    public static String probabilityId(TransformKind kind) {
        return "aug-probability-" + name(kind);
    }

    /** Sets every row from {@code pipeline} without reporting edits. */
    public void show(AugmentationPipeline pipeline) {
        showing = true;
        try {
            for (TransformKind kind : TransformKind.values()) {
                TransformSpec spec = pipeline.spec(kind).orElse(kind.defaultSpec());
                checks.get(kind).setSelected(spec.enabled());
                if (strengths.containsKey(kind)) {
                    strengths.get(kind).setValue(spec.strength());
                }
                probabilities.get(kind).setValue(spec.probability());
            }
        } finally {
            showing = false;
        }
    }

    /** Grayscale images switch colour-only transforms off (they stay in the pipeline as set). */
    public void setGrayscale(boolean gray) {
        this.grayscale = gray;
        for (TransformKind kind : TransformKind.values()) {
            if (kind.rgbOnly()) {
                CheckBox check = checks.get(kind);
                check.setDisable(gray);
                check.setTooltip(new Tooltip(gray ? kind.description() + "\nThis image is grayscale, so it has no effect here."
                        : kind.description()));
            }
        }
    }

    public boolean isGrayscale() {
        return grayscale;
    }

    private Node[] buildRow(TransformKind kind) {
        CheckBox check = new CheckBox(kind.label());
        check.setId(checkId(kind));
        check.setTooltip(new Tooltip(kind.description()));
        check.setMinWidth(Region.USE_PREF_SIZE);
        check.selectedProperty().addListener((obs, was, on) -> edited(kind));
        checks.put(kind, check);

        Node strengthNode;
        StrengthRange range = kind.strengthRange();
        if (kind.hasStrength()) {
            double step = range.max() >= 10 ? 1 : 0.01;
            SliderField strength = SliderField.linear(range.min(), range.max(), range.defaultValue(), step)
                    .withId(strengthId(kind))
                    .withTooltip(kind.description())
                    .withFormat(v -> SliderField.plain(v) + range.unit());
            strength.valueProperty().addListener((obs, old, value) -> edited(kind));
            strength.problemProperty().addListener((obs, old, now) -> findProblem());
            strength.disableProperty().bind(check.selectedProperty().not().or(check.disabledProperty()));
            strengths.put(kind, strength);
            strengthNode = strength;
        } else {
            Label none = new Label("—");
            none.getStyleClass().addAll("transform-no-strength", Styles.TEXT_MUTED);
            strengthNode = none;
        }
        SliderField probability = SliderField.linear(0, 1, TransformKind.DEFAULT_PROBABILITY, PROBABILITY_STEP)
                .withId(probabilityId(kind))
                .withTooltip("Chance that " + kind.label().toLowerCase(Locale.ROOT) + " changes a given image");
        probability.valueProperty().addListener((obs, old, value) -> edited(kind));
        probability.problemProperty().addListener((obs, old, now) -> findProblem());
        probability.disableProperty().bind(check.selectedProperty().not().or(check.disabledProperty()));
        probabilities.put(kind, probability);
        return new Node[] {check, strengthNode, probability};
    }

    private void edited(TransformKind kind) {
        if (showing) {
            return;
        }
        SliderField strength = strengths.get(kind);
        onEdit.accept(new TransformSpec(kind, checks.get(kind).isSelected(),
                strength == null ? 0 : strength.getValue(), probabilities.get(kind).getValue()));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(HEADER_CLASS);
        return label;
    }

    private static String name(TransformKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
