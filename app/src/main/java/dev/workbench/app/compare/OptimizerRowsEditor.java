package dev.workbench.app.compare;

import atlantafx.base.theme.Styles;
import dev.workbench.app.form.ParameterEditor;
import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.optim.OptimizerKind;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The optimizer lanes of a race, one card each in its chart colour: optimizer, learning rate
 * (off for optimizers without one) and a remove button; plus "Add lane". Bad rows are marked and
 * say why in a tooltip; the tab explains the first problem in words.
 */
public final class OptimizerRowsEditor extends FlowPane {
    public static final String STYLE_CLASS = "optimizer-rows";
    public static final String ROW_CLASS = "optimizer-row";
    public static final String ADD_ID = "race-add-lane";

    private final ReadOnlyObjectWrapper<List<OptimizerRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final List<RowEditor> editors = new ArrayList<>();
    private final Button add = new Button("+  Add lane");

    public OptimizerRowsEditor(List<OptimizerRow> initial) {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        add.setId(ADD_ID);
        add.getStyleClass().add(Styles.FLAT);
        add.setTooltip(new Tooltip("Race one more optimizer (up to " + RacePlanner.MAX_LANES + ")"));
        add.setOnAction(e -> addRow());
        setRows(initial);
    }

    /** The rows as typed, updated on every edit. */
    public ReadOnlyObjectProperty<List<OptimizerRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public List<OptimizerRow> rows() {
        return rows.get();
    }

    public void setRows(List<OptimizerRow> next) {
        editors.clear();
        for (OptimizerRow row : next) {
            editors.add(new RowEditor(row));
        }
        layoutRows();
    }

    /** Sets one row's learning-rate text, as if typed (0-based index). */
    public void setRate(int index, String text) {
        editors.get(index).rate.setText(text);
    }

    /** Marks the rows with a problem (0-based index to message) and clears the others. */
    public void showProblems(Map<Integer, String> problems) {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).showProblem(problems.get(i));
        }
    }

    public static String kindId(int index) {
        return "race-lane-kind-" + (index + 1);
    }

    public static String rateId(int index) {
        return "race-lane-rate-" + (index + 1);
    }

    public static String optionsId(int index) {
        return "race-lane-options-" + (index + 1);
    }

    public static String removeId(int index) {
        return "race-lane-remove-" + (index + 1);
    }

    private void addRow() {
        List<OptimizerKind> used = rows.get().stream().map(OptimizerRow::kind).toList();
        OptimizerKind next = Arrays.stream(OptimizerKind.values()).filter(k -> !used.contains(k)).findFirst()
                .orElse(OptimizerKind.ADAM);
        editors.add(new RowEditor(OptimizerRow.withDefaultRate(next)));
        layoutRows();
    }

    private void remove(RowEditor editor) {
        editors.remove(editor);
        layoutRows();
    }

    private void layoutRows() {
        List<javafx.scene.Node> cards = new ArrayList<>();
        for (int i = 0; i < editors.size(); i++) {
            cards.add(editors.get(i).card(i, editors.size() > RacePlanner.MIN_LANES));
        }
        add.setDisable(editors.size() >= RacePlanner.MAX_LANES);
        cards.add(add);
        getChildren().setAll(cards);
        publish();
    }

    private void publish() {
        rows.set(editors.stream().map(RowEditor::row).toList());
    }

    /** The inputs of one lane. */
    private final class RowEditor {
        final ComboBox<OptimizerKind> kind = new ComboBox<>();
        final TextField rate = new TextField();
        final TextField options = new TextField();
        final Button remove = dev.workbench.app.controls.GlyphButton.cross("Remove this lane");
        final Circle swatch = new Circle(7);
        final Label number = new Label();

        RowEditor(OptimizerRow row) {
            kind.getItems().setAll(OptimizerKind.values());
            kind.setConverter(new StringConverter<>() {
                @Override
                public String toString(OptimizerKind k) {
                    return k == null ? "" : k.label();
                }

                @Override
                public OptimizerKind fromString(String text) {
                    return null;
                }
            });
            kind.setValue(row.kind());
            kind.setVisibleRowCount(OptimizerKind.values().length);
            rate.setText(row.rateText());
            rate.setPrefColumnCount(6);
            rate.getStyleClass().add("lane-rate");
            showKind(row.kind());
            kind.valueProperty().addListener((obs, old, now) -> {
                rate.setText(OptimizerRow.withDefaultRate(now).rateText());
                showKind(now);
                publish();
            });
            rate.textProperty().addListener((obs, old, now) -> publish());
            options.setText(row.optionsText());
            options.setPrefColumnCount(9);
            options.getStyleClass().add("lane-options");
            options.setPromptText("options");
            options.setTooltip(new Tooltip("Optional: " + String.join(", ", OptimizerConfig.OPTION_NAMES)
                    + ", e.g. momentum=0.95 or beta1=0.8 beta2=0.99"));
            options.textProperty().addListener((obs, old, now) -> publish());
            remove.getStyleClass().add("lane-remove");
            remove.setOnAction(e -> remove(this));
            swatch.getStyleClass().add(RaceTable.SWATCH_CLASS);
            number.getStyleClass().add("lane-number");
        }

        OptimizerRow row() {
            return new OptimizerRow(kind.getValue(), rate.getText(), options.getText());
        }

        HBox card(int index, boolean removable) {
            kind.setId(kindId(index));
            rate.setId(rateId(index));
            remove.setId(removeId(index));
            dev.workbench.app.controls.GlyphButton.describe(remove, "Remove lane " + (index + 1));
            remove.setDisable(!removable);
            swatch.getStyleClass().setAll(RaceTable.SWATCH_CLASS, RaceTable.laneClass(index));
            number.setText(Integer.toString(index + 1));
            Label lr = new Label("lr");
            lr.getStyleClass().add(Styles.TEXT_MUTED);
            lr.setLabelFor(rate);
            options.setId(optionsId(index));
            HBox card = new HBox(swatch, number, kind, lr, rate, options, remove);
            card.getStyleClass().add(ROW_CLASS);
            card.setAlignment(Pos.CENTER_LEFT);
            return card;
        }

        void showKind(OptimizerKind k) {
            boolean hasRate = k.hasLearningRate();
            rate.setDisable(!hasRate);
            rate.setPromptText(hasRate ? "rate" : "none");
        }

        void showProblem(String problem) {
            boolean invalid = problem != null;
            if (invalid && !rate.getStyleClass().contains(ParameterEditor.INVALID_CLASS)) {
                rate.getStyleClass().add(ParameterEditor.INVALID_CLASS);
            } else if (!invalid) {
                rate.getStyleClass().remove(ParameterEditor.INVALID_CLASS);
            }
            rate.pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
            options.pseudoClassStateChanged(Styles.STATE_DANGER, invalid && problem.contains("option"));
            rate.setTooltip(invalid ? new Tooltip(problem) : null);
        }
    }
}
