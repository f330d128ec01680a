package dev.workbench.app.form;

import atlantafx.base.theme.Styles;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.Validation;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * The settings of a lesson, generated from its hyperparameter list: one editor per parameter,
 * plus the seed. Every edit re-validates through the lesson, marks bad fields and shows the
 * lesson's message under them; {@link #resultProperty()} says whether the form can train.
 */
public final class ParameterForm extends VBox implements FormAccess {
    public static final String STYLE_CLASS = "parameter-form";
    public static final String FIELD_CLASS = "parameter-field";
    public static final String FIELD_LABEL_CLASS = "parameter-label";
    public static final String FIELD_RANGE_CLASS = "parameter-range";
    public static final String FIELD_HELP_CLASS = "parameter-help";
    public static final String FIELD_ERROR_CLASS = "parameter-error";
    /** A field that cannot change while a run trains: it applies to the next run. */
    public static final String NEEDS_NEW_RUN_CLASS = "needs-new-run";
    /** A field that applies to the running model at its next iteration. */
    public static final String LIVE_CLASS = "live-setting";
    public static final String RUN_NOTE_CLASS = "parameter-run-note";
    static final String LIVE_NOTE = "applies now";
    static final String NEW_RUN_NOTE = "new run";
    static final String LIVE_TIP = "Changes apply to the running model at its next iteration.";
    static final String NEW_RUN_TIP = "Needs a new run: a change applies when you press Train or Reset.";
    /** Error key and id stem of the seed field. */
    public static final String SEED = "seed";
    public static final String SEED_FIELD_ID = "seed-field";

    private final Lesson lesson;
    private final Map<String, ParameterEditor> editors = new LinkedHashMap<>();
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final Map<String, VBox> fields = new HashMap<>();
    private final Map<String, Label> runNotes = new HashMap<>();
    /** The parameters a running model takes at once; null while no run is active. */
    private Set<String> liveDuringRun;
    private final TextField seedField = new TextField(Long.toString(Settings.DEFAULT_SEED));
    private final ReadOnlyObjectWrapper<FormResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** Problems reported by views beside the form, by source. */
    private final Map<String, String> outsideProblems = new LinkedHashMap<>();

    public ParameterForm(Lesson lesson) {
        this.lesson = lesson;
        getStyleClass().add(STYLE_CLASS);
        for (HyperParameter parameter : lesson.parameters()) {
            ParameterEditor editor = ParameterEditor.create(parameter);
            editors.put(parameter.name(), editor);
            String range = parameter instanceof HyperParameter.DecimalParameter || parameter instanceof HyperParameter.IntegerParameter
                    ? parameter.allowed() : "";
            getChildren().add(field(parameter.name(), parameter.label(), range, parameter.description(), editor.node()));
            editor.textProperty().addListener((obs, old, text) -> validate());
        }
        seedField.setId(SEED_FIELD_ID);
        seedField.setPrefColumnCount(10);
        Button shuffle = new Button("New");
        shuffle.setId("seed-new");
        shuffle.setTooltip(new Tooltip("Pick a random seed"));
        shuffle.setFocusTraversable(false);
        shuffle.setMinWidth(Region.USE_PREF_SIZE);
        seedField.setMinWidth(0);
        shuffle.setOnAction(e -> seedField.setText(Long.toString(new Random().nextInt(1_000_000))));
        HBox.setHgrow(seedField, Priority.ALWAYS);
        HBox seedRow = new HBox(seedField, shuffle);
        seedRow.getStyleClass().add("seed-row");
        getChildren().add(field(SEED, "Seed", "",
                "Fixes the random start (weights, shuffling, dropout): the same seed and settings train the same way.", seedRow));
        seedField.textProperty().addListener((obs, old, text) -> validate());
        validate();
    }

    @Override
    public ReadOnlyObjectProperty<FormResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public FormResult result() {
        return result.get();
    }

    /** The parameter names in form order, then the seed. */
    public List<String> fieldOrder() {
        List<String> order = new ArrayList<>(editors.keySet());
        order.add(SEED);
        return order;
    }

    /** Shows the values of existing settings, e.g. those stored in a checkpoint. */
    public void show(Settings settings) {
        for (ParameterEditor editor : editors.values()) {
            Object value = settings.values().get(editor.parameter().name());
            if (value != null) {
                editor.setText(editor.parameter().format(value));
            }
        }
        seedField.setText(Long.toString(settings.seed()));
    }

    /** Sets one field's text, as if typed (used by demos, tests and page parts). */
    @Override
    public void setText(String parameterName, String text) {
        if (SEED.equals(parameterName)) {
            seedField.setText(text);
        } else {
            editors.get(parameterName).setText(text);
        }
    }

    @Override
    public void reportProblem(String source, String problem) {
        if (java.util.Objects.equals(outsideProblems.get(source), problem)) {
            return;
        }
        if (problem == null) {
            outsideProblems.remove(source);
        } else {
            outsideProblems.put(source, problem);
        }
        validate();
    }

    /** One field's text as it changes (a page part may follow a setting, e.g. the augmentation preset). */
    public ReadOnlyStringProperty textProperty(String parameterName) {
        if (SEED.equals(parameterName)) {
            return seedField.textProperty();
        }
        ParameterEditor editor = editors.get(parameterName);
        if (editor == null) {
            throw new IllegalArgumentException("no field '" + parameterName + "' in the " + lesson.id() + " form");
        }
        return editor.textProperty();
    }

    public void restoreDefaults() {
        for (ParameterEditor editor : editors.values()) {
            editor.setText(editor.parameter().format(editor.parameter().defaultValue()));
        }
        seedField.setText(Long.toString(Settings.DEFAULT_SEED));
    }

    /**
     * While a run trains or is paused: marks each field as applying at once (the run's live
     * parameters) or needing a new run (all others, the seed too), with a short note and a
     * tooltip. The fields stay editable: a live one changes the running model, another one the
     * next run. {@code null} clears the marks when no run is active.
     */
    public void showRunActive(Set<String> live) {
        if (Objects.equals(live, liveDuringRun)) {
            return;
        }
        liveDuringRun = live == null ? null : Set.copyOf(live);
        fields.forEach((name, field) -> {
            boolean active = liveDuringRun != null;
            boolean isLive = active && liveDuringRun.contains(name);
            toggleClass(field, LIVE_CLASS, isLive);
            toggleClass(field, NEEDS_NEW_RUN_CLASS, active && !isLive);
            Label note = runNotes.get(name);
            note.setText(!active ? "" : isLive ? LIVE_NOTE : NEW_RUN_NOTE);
            note.setTooltip(!active ? null : new Tooltip(isLive ? LIVE_TIP : NEW_RUN_TIP));
            note.setVisible(active);
        });
    }

    /** Whether a field is marked as needing a new run (only while a run is active). */
    public boolean needsNewRun(String parameterName) {
        return fields.get(parameterName).getStyleClass().contains(NEEDS_NEW_RUN_CLASS);
    }

    /** Whether a field is marked as applying to the running model at once. */
    public boolean appliesLive(String parameterName) {
        return fields.get(parameterName).getStyleClass().contains(LIVE_CLASS);
    }

    private static void toggleClass(javafx.scene.Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    private VBox field(String name, String labelText, String allowed, String description, javafx.scene.Node input) {
        Label label = new Label(labelText);
        label.getStyleClass().add(FIELD_LABEL_CLASS);
        label.setLabelFor(input);
        // A long label wraps in a narrow column (large text) rather than widening the form past it.
        label.setWrapText(true);
        Label range = new Label(allowed);
        range.getStyleClass().addAll(FIELD_RANGE_CLASS, Styles.TEXT_MUTED);
        range.setMinWidth(Region.USE_PREF_SIZE);
        Label runNote = new Label();
        runNote.setId("run-note-" + name);
        runNote.getStyleClass().addAll(RUN_NOTE_CLASS, Styles.TEXT_MUTED);
        runNote.setMinWidth(Region.USE_PREF_SIZE);
        runNote.managedProperty().bind(runNote.visibleProperty());
        runNote.setVisible(false);
        runNotes.put(name, runNote);
        HeaderRow header = new HeaderRow(label, runNote, range);
        header.getStyleClass().add("parameter-header");
        Label help = new Label(description);
        help.getStyleClass().addAll(FIELD_HELP_CLASS, Styles.TEXT_MUTED);
        help.setWrapText(true);
        Label error = new Label();
        error.setId("error-" + name);
        error.getStyleClass().addAll(FIELD_ERROR_CLASS, Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        errorLabels.put(name, error);
        VBox box = new VBox(header, input, error, help);
        box.getStyleClass().add(FIELD_CLASS);
        fields.put(name, box);
        return box;
    }

    private void validate() {
        Map<String, String> raw = new LinkedHashMap<>();
        editors.forEach((name, editor) -> raw.put(name, editor.text() == null ? "" : editor.text()));
        Map<String, String> errors = new LinkedHashMap<>();
        long seed = Settings.DEFAULT_SEED;
        try {
            seed = Long.parseLong(seedField.getText().trim());
        } catch (NumberFormatException e) {
            errors.put(SEED, "Seed must be a whole number, not '" + seedField.getText() + "'");
        }
        Validation validation = lesson.validate(raw, seed);
        errors.putAll(validation.errors());
        outsideProblems.forEach(errors::putIfAbsent);
        editors.forEach((name, editor) -> editor.showInvalid(errors.containsKey(name)));
        markSeed(errors.containsKey(SEED));
        errorLabels.forEach((name, label) -> {
            String message = errors.get(name);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
        });
        result.set(errors.isEmpty() ? new FormResult(validation.orElseThrow(), Map.of()) : new FormResult(null, errors));
    }

    private void markSeed(boolean invalid) {
        if (invalid && !seedField.getStyleClass().contains(ParameterEditor.INVALID_CLASS)) {
            seedField.getStyleClass().add(ParameterEditor.INVALID_CLASS);
        } else if (!invalid) {
            seedField.getStyleClass().remove(ParameterEditor.INVALID_CLASS);
        }
        seedField.pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
    }
}
