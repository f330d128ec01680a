package dev.workbench.app.augment;

import atlantafx.base.theme.Styles;
import dev.workbench.app.form.FormAccess;
import dev.workbench.lessons.augment.AugmentationPresets;
import dev.workbench.lessons.augment.AugmentationText;
import dev.workbench.lessons.augment.TransformSpec;
import dev.workbench.lessons.cnn.CnnLesson;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The augmentation preview: pick an image, tune each transform, and see {@value PreviewModel#VARIANTS}
 * variants change as the sliders move. The pipeline shown is the one in the lesson's settings.
 */
public final class AugmentationPreview extends ScrollPane {
    public static final String STYLE_CLASS = "augmentation-preview";
    public static final String RESEED_ID = "augmentation-reseed";
    public static final String SPEC_ID = "augmentation-spec-text";
    public static final String TIMING_ID = "augmentation-timing";
    public static final String CAPTION_ID = "augmentation-spec-caption";
    /** How the preview names itself when it tells the form a value cannot be used. */
    static final String PROBLEM_SOURCE = "augmentation-preview";

    private final PreviewModel model;
    private final PipelineFormSync sync;
    private final ImageSourcePicker picker;
    private final TransformRows rows;
    private final PreviewGrid grid = new PreviewGrid();
    private final Map<String, ToggleButton> presets = new HashMap<>();
    private final Label specText = new Label();
    private final Label specCaption = new Label();
    private final Label timing = new Label();

    /**
     * @param form       the lesson's settings, which hold the pipeline training uses
     * @param background computes previews and reads images
     * @param fx         runs code on the FX thread
     */
    public AugmentationPreview(FormAccess form, Executor background, Executor fx) {
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        model = new PreviewModel(background, fx);
        rows = new TransformRows(this::edited);
        sync = new PipelineFormSync(form, model);
        picker = new ImageSourcePicker(background, fx, model::setSource);

        model.pipelineProperty().addListener((obs, old, pipeline) -> showPipeline());
        model.sourceProperty().addListener((obs, old, source) -> {
            grid.showOriginal(source);
            rows.setGrayscale(!source.image().isRgb());
        });
        model.variantsProperty().addListener((obs, old, variants) -> {
            grid.showVariants(variants.images());
            timing.setText(String.format(Locale.ROOT, "seed %d · ready in %.0f ms", variants.seed(), model.updateMillisProperty().get()));
        });
        form.textProperty(CnnLesson.AUGMENTATION_PRESET).addListener((obs, old, preset) -> showPreset(preset));
        // A value typed out of range is said beside its field and here, and Train waits for it.
        rows.problemProperty().addListener((obs, old, problem) -> {
            form.reportProblem(PROBLEM_SOURCE, problem);
            showPreset(sync.preset());
        });

        VBox controls = new VBox(presetRow(), rows, specBox());
        controls.getStyleClass().add("augmentation-controls");
        timing.setId(TIMING_ID);
        timing.getStyleClass().addAll("augmentation-timing", Styles.TEXT_MUTED);
        VBox previews = new VBox(grid, timing);
        previews.getStyleClass().add("augmentation-previews");
        HBox body = new HBox(controls, previews);
        body.getStyleClass().add("augmentation-body");
        HBox.setHgrow(controls, Priority.ALWAYS);
        VBox content = new VBox(picker, body);
        content.getStyleClass().add("augmentation-content");
        setContent(content);
        showPipeline();
        showPreset(sync.preset());
    }

    public PreviewModel model() {
        return model;
    }

    public PreviewGrid grid() {
        return grid;
    }

    /** The pipeline text on screen, as training reads it (empty for none). */
    public String specText() {
        return AugmentationText.format(model.pipeline());
    }

    public ImageSourcePicker picker() {
        return picker;
    }

    /** Previews a file, or shows why it cannot be read (see {@link ImageSourcePicker#open(Path)}). */
    public CompletableFuture<PreviewSource> open(Path file) {
        return picker.open(file);
    }

    private void edited(TransformSpec spec) {
        model.update(spec);
        sync.writeCustom(model.pipeline());
    }

    private void showPipeline() {
        rows.show(model.pipeline());
        String text = AugmentationText.format(model.pipeline());
        // Shown with a space after each comma so that long pipelines wrap between transforms.
        specText.setText(text.isEmpty() ? "(no augmentation)" : text.replace(",", ", "));
    }

    private void showPreset(String preset) {
        ToggleButton button = presets.get(preset);
        if (button != null) {
            button.setSelected(true);
        }
        String problem = rows.problemProperty().get();
        specCaption.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
        specCaption.getStyleClass().add(problem != null ? Styles.DANGER : Styles.TEXT_MUTED);
        if (problem != null) {
            specCaption.setText(problem + ". Training waits for a valid value; until then it would use:");
            return;
        }
        specCaption.setText(AugmentationPresets.CUSTOM.equals(preset)
                ? "Training uses this custom pipeline (Augmentation: custom):"
                : "Training uses the '" + preset + "' preset:");
    }

    private HBox presetRow() {
        Label label = new Label("Preset");
        label.getStyleClass().add("augmentation-label");
        ToggleGroup group = new ToggleGroup();
        HBox pills = new HBox();
        pills.getStyleClass().add("preset-pills");
        List<String> names = AugmentationPresets.NAMES;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            ToggleButton button = new ToggleButton(name);
            button.setId("augmentation-preset-" + name);
            button.setToggleGroup(group);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == names.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setTooltip(new Tooltip(AugmentationPresets.CUSTOM.equals(name)
                    ? "The pipeline in the 'Custom augmentation' setting; moving a slider switches to it"
                    : "Load the '" + name + "' preset into the sliders"));
            button.setOnAction(e -> sync.choose(name));
            presets.put(name, button);
            pills.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null && old != null) {
                old.setSelected(true);
            }
        });
        Button reseed = new Button("Reseed");
        reseed.setId(RESEED_ID);
        reseed.setTooltip(new Tooltip("New random draws for all the variants"));
        reseed.setOnAction(e -> model.reseed());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(label, pills, spacer, reseed);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("preset-row");
        return row;
    }

    private VBox specBox() {
        specCaption.getStyleClass().add("augmentation-spec-caption");
        specCaption.setId(CAPTION_ID);
        specCaption.setWrapText(true);
        specText.setId(SPEC_ID);
        specText.setWrapText(true);
        specText.setMaxWidth(Double.MAX_VALUE);
        specText.getStyleClass().add("augmentation-spec");
        VBox box = new VBox(specCaption, specText);
        box.getStyleClass().add("augmentation-spec-box");
        return box;
    }
}
